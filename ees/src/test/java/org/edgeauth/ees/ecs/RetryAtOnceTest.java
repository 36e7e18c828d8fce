package org.edgeauth.ees.ecs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.edgeauth.contract.problem.ProblemCause;
import org.junit.jupiter.api.Test;

/** What EcsClient retries within 200-300 ms, and what it leaves to its caller. */
class RetryAtOnceTest {

    private final EcsClient.RetryAtOnce retried = new EcsClient.RetryAtOnce();

    @Test
    void noAnswerAFailureWithoutRetryAfterOrATimeout() {
        assertTrue(retried.test(EcsFailures.unreachable()));
        assertTrue(retried.test(EcsFailures.serverError(503, ProblemCause.STORE_UNAVAILABLE, null)));
        assertTrue(retried.test(EcsFailures.serverError(500, ProblemCause.SYSTEM_FAILURE, null)));
        assertTrue(retried.test(new TimeoutException()));
    }

    @Test
    void notWhatAsksToWait() {
        assertFalse(retried.test(EcsFailures.serverError(503, ProblemCause.STORE_UNAVAILABLE, Duration.ofSeconds(5))));
        assertFalse(retried.test(EcsFailures.throttled(Duration.ofSeconds(2))));
        assertFalse(retried.test(EcsFailures.throttled(null)), "a 429 never: more requests at once are what it refuses");
    }

    @Test
    void notARefusalOrAnOpenCircuit() {
        assertFalse(retried.test(EcsFailures.registrationNotFound()));
        assertFalse(retried.test(new CircuitBreakerOpenException()));
    }
}
