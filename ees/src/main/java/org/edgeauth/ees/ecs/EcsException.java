package org.edgeauth.ees.ecs;

import java.time.Duration;
import java.util.Optional;

import org.edgeauth.contract.problem.ProblemDetails;

/** A call to the ECS that did not succeed. */
public abstract sealed class EcsException extends RuntimeException
        permits EcsRejectedException, EcsThrottledException, EcsUnavailableException {

    private final int status;
    private final ProblemDetails problem;
    private final Duration retryAfter;

    EcsException(String message, int status, ProblemDetails problem, Duration retryAfter, Throwable cause) {
        // Expected outcomes of a remote call: the message says it all, a stack trace would only fill logs.
        super(message, cause, false, false);
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    /** The ECS's HTTP status, 0 when it did not answer. */
    public int status() {
        return status;
    }

    /** The ECS's ProblemDetails, when it sent one. */
    public Optional<ProblemDetails> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * How long the ECS asked this EES to wait before its next request: the {@code Retry-After} of a 429 or a 503
     * ({@link RetryAfter}), as sent (up to 2^31 s): whoever acts on it bounds it with
     * {@code edgeauth.ees.ecs.max-retry-after}, so that a broken or hostile header cannot park the EES for a day.
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The machine-readable reason: the ECS's {@code cause}, else what this EES makes of the failure. */
    public abstract Optional<String> cause();

    static String describe(int status, ProblemDetails problem, Duration retryAfter) {
        StringBuilder text = new StringBuilder("ECS answered ").append(status);
        if (problem != null) {
            if (problem.cause() != null) {
                text.append(' ').append(problem.cause());
            }
            if (problem.detail() != null) {
                text.append(": ").append(problem.detail());
            }
        }
        if (retryAfter != null) {
            text.append(" (Retry-After ").append(retryAfter.toSeconds()).append(" s)");
        }
        return text.toString();
    }
}
