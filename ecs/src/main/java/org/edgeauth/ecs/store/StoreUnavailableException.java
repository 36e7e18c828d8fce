package org.edgeauth.ecs.store;

import java.util.List;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemException;

/**
 * The registration store cannot answer now (Redis unreachable, or slower than the configured timeout): 503 with
 * cause {@code STORE_UNAVAILABLE}, which the EES may retry. Nothing was changed by the ECS because of it.
 */
public class StoreUnavailableException extends ProblemException {

    public StoreUnavailableException() {
        super(503, ProblemCause.STORE_UNAVAILABLE, "the registration store is unavailable; retry later", List.of());
    }
}
