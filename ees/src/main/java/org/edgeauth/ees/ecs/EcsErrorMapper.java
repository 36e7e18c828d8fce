package org.edgeauth.ees.ecs;

import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;
import org.edgeauth.contract.problem.ProblemDetails;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the ECS's error answers: a 429 becomes {@link EcsThrottledException}, other 4xx {@link EcsRejectedException},
 * 5xx {@link EcsUnavailableException}, each carrying the ECS's ProblemDetails (TS 29.122 5.2.6) so that its
 * {@code cause} reaches whoever asked, and a 429's or 503's {@code Retry-After}.
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
        return exception(response.getStatus(), problem(response), response.getHeaderString(HttpHeaders.RETRY_AFTER),
                Instant.now());
    }

    /** @param retryAfter the Retry-After field as received, or null */
    static EcsException exception(int status, ProblemDetails problem, String retryAfter, Instant now) {
        // Retry-After means something with a 429 (RFC 6585 4) and a 503 (RFC 9110 15.6.4); the ECS sends it with both.
        Duration wait = status == 429 || status == 503 ? RetryAfter.parse(retryAfter, now).orElse(null) : null;
        if (status == 429) {
            return new EcsThrottledException(problem, wait);
        }
        return status < 500 ? new EcsRejectedException(status, problem)
                : EcsUnavailableException.serverError(status, problem, wait);
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
