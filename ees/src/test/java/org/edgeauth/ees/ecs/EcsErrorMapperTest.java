package org.edgeauth.ees.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;
import org.junit.jupiter.api.Test;

/** Which EcsException an ECS error answer becomes, and when its Retry-After comes along. */
class EcsErrorMapperTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void a429IsThrottlingWithItsRetryAfter() {
        EcsException failure = EcsErrorMapper.exception(429,
                ProblemDetails.of(429, "Too Many Requests", ProblemCause.NF_CONGESTION_RISK, "slow down"), "2", NOW);

        assertInstanceOf(EcsThrottledException.class, failure);
        assertEquals(429, failure.status());
        assertEquals(Optional.of(Duration.ofSeconds(2)), failure.retryAfter());
        assertEquals(ProblemCause.NF_CONGESTION_RISK, failure.cause().orElseThrow());
        assertEquals("ECS answered 429 NF_CONGESTION_RISK: slow down (Retry-After 2 s)", failure.getMessage());
    }

    @Test
    void a429WithoutBodyOrUsableRetryAfterIsStillThrottling() {
        EcsException failure = EcsErrorMapper.exception(429, null, "tomorrow", NOW);

        assertInstanceOf(EcsThrottledException.class, failure);
        assertEquals(Optional.empty(), failure.retryAfter());
        assertEquals(ProblemCause.NF_CONGESTION_RISK, failure.cause().orElseThrow());
    }

    @Test
    void a503KeepsItsCauseAndRetryAfter() {
        EcsException failure = EcsErrorMapper.exception(503,
                ProblemDetails.of(503, "Service Unavailable", ProblemCause.STORE_UNAVAILABLE, "store down"), "5", NOW);

        assertInstanceOf(EcsUnavailableException.class, failure);
        assertEquals(Optional.of(Duration.ofSeconds(5)), failure.retryAfter());
        assertEquals(ProblemCause.STORE_UNAVAILABLE, failure.cause().orElseThrow());
    }

    @Test
    void a503WithoutRetryAfterAsksForNoWait() {
        assertEquals(Optional.empty(), EcsErrorMapper.exception(503, null, null, NOW).retryAfter());
        assertEquals(Optional.empty(), EcsErrorMapper.exception(503, null, "-1", NOW).retryAfter());
    }

    @Test
    void retryAfterCountsOnlyWithA429OrA503() {
        EcsException notFound = EcsErrorMapper.exception(404, null, "5", NOW);
        EcsException failed = EcsErrorMapper.exception(500, null, "5", NOW);

        assertInstanceOf(EcsRejectedException.class, notFound);
        assertEquals(Optional.empty(), notFound.retryAfter());
        assertInstanceOf(EcsUnavailableException.class, failed);
        assertEquals(Optional.empty(), failed.retryAfter());
    }
}
