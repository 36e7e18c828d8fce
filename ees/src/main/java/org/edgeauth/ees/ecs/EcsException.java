package org.edgeauth.ees.ecs;

import java.util.Optional;

import org.edgeauth.contract.problem.ProblemDetails;

/** A call to the ECS that did not succeed. */
public abstract sealed class EcsException extends RuntimeException
        permits EcsRejectedException, EcsUnavailableException {

    private final int status;
    private final ProblemDetails problem;

    EcsException(String message, int status, ProblemDetails problem, Throwable cause) {
        // Expected outcomes of a remote call: the message says it all, a stack trace would only fill logs.
        super(message, cause, false, false);
        this.status = status;
        this.problem = problem;
    }

    /** The ECS's HTTP status, 0 when it did not answer. */
    public int status() {
        return status;
    }

    /** The ECS's ProblemDetails, when it sent one. */
    public Optional<ProblemDetails> problem() {
        return Optional.ofNullable(problem);
    }

    /** The machine-readable reason: the ECS's {@code cause}, else what this EES makes of the failure. */
    public abstract Optional<String> cause();

    static String describe(int status, ProblemDetails problem) {
        StringBuilder text = new StringBuilder("ECS answered ").append(status);
        if (problem != null) {
            if (problem.cause() != null) {
                text.append(' ').append(problem.cause());
            }
            if (problem.detail() != null) {
                text.append(": ").append(problem.detail());
            }
        }
        return text.toString();
    }
}
