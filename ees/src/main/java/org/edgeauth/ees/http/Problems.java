package org.edgeauth.ees.http;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.contract.problem.ProblemDetails;

/** {@code application/problem+json} responses of the EES's own API (TS 29.122 5.2.6). */
final class Problems {

    private Problems() {
    }

    static Response response(int status, String cause, String detail, List<InvalidParam> invalidParams,
            String requestPath) {
        ProblemDetails problem = ProblemDetails.of(status, reasonPhrase(status), cause, detail)
                .withInstance(requestPath);
        if (!invalidParams.isEmpty()) {
            problem = problem.withInvalidParams(invalidParams);
        }
        return response(problem);
    }

    static Response response(ProblemDetails problem) {
        return builder(problem).build();
    }

    static Response.ResponseBuilder builder(ProblemDetails problem) {
        return Response.status(problem.status()).type(ProblemDetails.MEDIA_TYPE).entity(problem);
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
