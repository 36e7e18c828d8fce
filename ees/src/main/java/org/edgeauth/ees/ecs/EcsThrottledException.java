package org.edgeauth.ees.ecs;

import java.time.Duration;
import java.util.Optional;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;

/**
 * The ECS answered 429 ({@code NF_CONGESTION_RISK}): this EES is over its rate limit there (RFC 6585 4). Neither a
 * refusal of the request (the same request is welcome later) nor an ECS failure (the ECS works, and metered this
 * EES): not retried at once, the caller waits at least {@link #retryAfter()}, and no failure for the circuit breaker.
 */
public final class EcsThrottledException extends EcsException {

    /** @param retryAfter the 429's Retry-After, or null when it sent none usable */
    EcsThrottledException(ProblemDetails problem, Duration retryAfter) {
        super(describe(429, problem, retryAfter), 429, problem, retryAfter, null);
    }

    @Override
    public Optional<String> cause() {
        return Optional.of(problem().map(ProblemDetails::cause).orElse(ProblemCause.NF_CONGESTION_RISK));
    }
}
