package org.edgeauth.ees.http;

import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ees.ecs.EcsException;
import org.edgeauth.ees.ecs.EcsRejectedException;

/**
 * What the EES's client is told when the ECS call behind its request failed. The ECS's {@code cause} always
 * survives. The status is the ECS's only when the ECS judged the client's own input (400: a parameter the EES
 * passed on; 404: nothing matches), and then its {@code invalidParams} come along. When the ECS refused the EES
 * itself (401, 403, ...) or failed (5xx), the client did nothing wrong: 502; when there was no answer at all, 503.
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
        return ProblemDetails.of(502, Problems.reasonPhrase(502), cause,
                "the ECS refused or failed this EES's request: " + failure.getMessage()).withInstance(requestPath);
    }
}
