package org.edgeauth.ees.ecs;

import java.time.Duration;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;

/** ECS failures as EcsClient reports them, for tests outside this package. */
public final class EcsFailures {

    private EcsFailures() {
    }

    public static EcsRejectedException rejected(int status, String cause, String detail) {
        return new EcsRejectedException(status, ProblemDetails.of(status, "refused", cause, detail));
    }

    public static EcsRejectedException registrationNotFound() {
        return rejected(404, ProblemCause.REGISTRATION_NOT_FOUND, "no live registration");
    }

    /** A 429 NF_CONGESTION_RISK; {@code retryAfter} null when it came without a usable Retry-After. */
    public static EcsThrottledException throttled(Duration retryAfter) {
        return new EcsThrottledException(ProblemDetails.of(429, "Too Many Requests", ProblemCause.NF_CONGESTION_RISK,
                "rate limit exceeded"), retryAfter);
    }

    /** A 5xx with this cause; {@code retryAfter} null when it came without a usable Retry-After. */
    public static EcsUnavailableException serverError(int status, String cause, Duration retryAfter) {
        return EcsUnavailableException.serverError(status, ProblemDetails.of(status, "failed", cause, "try later"),
                retryAfter);
    }

    public static EcsUnavailableException unreachable() {
        return EcsUnavailableException.noAnswer("ECS unreachable: Connection refused", null);
    }
}
