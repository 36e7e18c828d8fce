package org.edgeauth.ees.ecs;

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

    public static EcsUnavailableException unreachable() {
        return EcsUnavailableException.noAnswer("ECS unreachable: Connection refused", null);
    }
}
