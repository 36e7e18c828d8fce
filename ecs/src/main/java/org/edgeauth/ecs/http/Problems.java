package org.edgeauth.ecs.http;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.contract.problem.ProblemDetails;

/** Builds {@code application/problem+json} responses (TS 29.122 5.2.6). */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String cause, String detail, List<InvalidParam> invalidParams,
            String requestPath) {
        ProblemDetails problem = ProblemDetails.of(status, reasonPhrase(status), cause, detail).withInstance(requestPath);
        if (!invalidParams.isEmpty()) {
            problem = problem.withInvalidParams(invalidParams);
        }
        return Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(problem).build();
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
