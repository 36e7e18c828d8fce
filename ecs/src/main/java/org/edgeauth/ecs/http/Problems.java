package org.edgeauth.ecs.http;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.contract.problem.ProblemDetails;

/** Builds {@code application/problem+json} responses (TS 29.122 5.2.6). */
public final class Problems {

    /**
     * Seconds a client should wait after a 503 (RFC 9110 10.2.3): every 503 of the ECS is a dependency that is
     * briefly out of reach (the registration store, the token issuer's JWKS), which the next request tries again.
     */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Problems() {
    }

    public static Response response(int status, String cause, String detail, List<InvalidParam> invalidParams,
            String requestPath) {
        ProblemDetails problem = ProblemDetails.of(status, reasonPhrase(status), cause, detail).withInstance(requestPath);
        if (!invalidParams.isEmpty()) {
            problem = problem.withInvalidParams(invalidParams);
        }
        Response.ResponseBuilder response = Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(problem);
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.build();
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
