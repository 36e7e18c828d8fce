package org.edgeauth.ees.ecs;

import java.time.Duration;
import java.util.Optional;

import org.edgeauth.contract.problem.ProblemDetails;

/**
 * The ECS could not be used: no answer (connection, TLS), no token to send, an answer that makes no sense, or a
 * 5xx. Worth retrying; counts against the circuit breaker. A 503 may say when to come back ({@link #retryAfter()}):
 * then it is not retried at once, the caller waits (see {@code EcsClient}).
 */
public final class EcsUnavailableException extends EcsException {

    /** No access token could be had from the token issuer. */
    public static final String TOKEN_UNAVAILABLE = "TOKEN_UNAVAILABLE";
    /** The ECS did not answer, or not usefully. */
    public static final String ECS_UNAVAILABLE = "ECS_UNAVAILABLE";

    private final String reason;

    private EcsUnavailableException(String message, int status, ProblemDetails problem, Duration retryAfter,
            String reason, Throwable cause) {
        super(message, status, problem, retryAfter, cause);
        this.reason = reason;
    }

    /** @param retryAfter the 503's Retry-After, or null */
    static EcsUnavailableException serverError(int status, ProblemDetails problem, Duration retryAfter) {
        return new EcsUnavailableException(describe(status, problem, retryAfter), status, problem, retryAfter,
                ECS_UNAVAILABLE, null);
    }

    static EcsUnavailableException noAnswer(String what, Throwable cause) {
        return new EcsUnavailableException(what, 0, null, null, ECS_UNAVAILABLE, cause);
    }

    static EcsUnavailableException noToken(Throwable cause) {
        return new EcsUnavailableException("no access token from the token issuer: " + cause.getMessage(), 0, null,
                null, TOKEN_UNAVAILABLE, cause);
    }

    @Override
    public Optional<String> cause() {
        return Optional.of(problem().map(ProblemDetails::cause).orElse(reason));
    }
}
