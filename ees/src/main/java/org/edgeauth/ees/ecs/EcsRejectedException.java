package org.edgeauth.ees.ecs;

import java.util.Optional;

import org.edgeauth.contract.problem.ProblemDetails;

/**
 * The ECS answered with a 4xx other than 429: it works, and refused this request; sent again unchanged it would be
 * refused again. Not retried (except a 401, once, with a new token) and no failure for the circuit breaker.
 */
public final class EcsRejectedException extends EcsException {

    EcsRejectedException(int status, ProblemDetails problem) {
        super(describe(status, problem, null), status, problem, null, null);
    }

    @Override
    public Optional<String> cause() {
        return problem().map(ProblemDetails::cause);
    }

    public boolean isNotFound() {
        return status() == 404;
    }

    public boolean isUnauthorized() {
        return status() == 401;
    }
}
