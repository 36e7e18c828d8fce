package org.edgeauth.ees.http;

import java.time.Duration;
import java.util.Optional;

import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ees.ecs.EcsException;
import org.edgeauth.ees.ecs.EcsRejectedException;
import org.edgeauth.ees.ecs.EcsThrottledException;

/**
 * What the EES's client is told when the ECS call behind its request failed. The ECS's {@code cause} always
 * survives. The status is the ECS's only when the ECS judged the client's own input (400: a parameter the EES
 * passed on; 404: nothing matches), and then its {@code invalidParams} come along. When the ECS refused the EES
 * itself (401, 403, ...) or failed (5xx), the client did nothing wrong: 502. When there was no answer at all, or the
 * ECS asked to be called again later (429 over the rate limit, a 503 with Retry-After), the service is unavailable
 * for now: 503, with the ECS's Retry-After passed on.
 */
final class EcsFailureProblems {

    private EcsFailureProblems() {
    }

    static ProblemDetails of(EcsException failure, String requestPath) {
        String cause = failure.cause().orElse(null);
        if (failure instanceof EcsRejectedException && (failure.status() == 400 || failure.status() == 404)) {
            ProblemDetails upstream = failure.problem().orElse(null);
            String detail = upstream != null && upstream.detail() != null ? upstream.detail() : failure.getMessage();
            return new ProblemDetails(null, Problems.reasonPhrase(failure.status()), failure.status(), detail,
                    requestPath, cause, upstream != null ? upstream.invalidParams() : null, null);
        }
        if (failure.status() == 0) {
            return ProblemDetails.of(503, Problems.reasonPhrase(503), cause, failure.getMessage())
                    .withInstance(requestPath);
        }
        if (failure instanceof EcsThrottledException || failure.retryAfter().isPresent()) {
            return ProblemDetails.of(503, Problems.reasonPhrase(503), cause,
                    "the ECS asks to be called again later: " + failure.getMessage()).withInstance(requestPath);
        }
        return ProblemDetails.of(502, Problems.reasonPhrase(502), cause,
                "the ECS refused or failed this EES's request: " + failure.getMessage()).withInstance(requestPath);
    }

    /**
     * The {@code Retry-After} to answer with: the ECS's, at most {@code limit}, in whole seconds rounded up (RFC
     * 9110 10.2.3: delta-seconds); empty when the ECS sent none.
     */
    static Optional<Long> retryAfterSeconds(EcsException failure, Duration limit) {
        return failure.retryAfter().map(wait -> wait.compareTo(limit) > 0 ? limit : wait)
                .map(wait -> wait.toSeconds() + (wait.toNanosPart() == 0 ? 0 : 1));
    }
}
