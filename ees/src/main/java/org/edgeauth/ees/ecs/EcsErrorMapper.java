package org.edgeauth.ees.ecs;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.edgeauth.contract.problem.ProblemDetails;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the ECS's error answers: 4xx become {@link EcsRejectedException}, 5xx {@link EcsUnavailableException},
 * both carrying the ECS's ProblemDetails (TS 29.122 5.2.6) so that its {@code cause} reaches whoever asked.
 */
public class EcsErrorMapper implements ResponseExceptionMapper<EcsException> {

    // ProblemDetails is plain JSON (no dates): a private mapper keeps this provider free of CDI lookups.
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public EcsException toThrowable(Response response) {
        int status = response.getStatus();
        ProblemDetails problem = problem(response);
        return status < 500 ? new EcsRejectedException(status, problem)
                : EcsUnavailableException.serverError(status, problem);
    }

    private static ProblemDetails problem(Response response) {
        if (!response.hasEntity()) {
            return null;
        }
        String body = response.readEntity(String.class);
        try {
            return JSON.readValue(body, ProblemDetails.class);
        } catch (JsonProcessingException e) {
            // Not a ProblemDetails (a proxy's HTML page, say): the status alone must do.
            return null;
        }
    }
}
