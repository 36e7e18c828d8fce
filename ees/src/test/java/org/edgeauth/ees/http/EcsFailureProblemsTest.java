package org.edgeauth.ees.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ees.ecs.EcsFailures;
import org.edgeauth.ees.ecs.EcsUnavailableException;
import org.junit.jupiter.api.Test;

class EcsFailureProblemsTest {

    private static final String PATH = "/ees/v1/target-ees";

    @Test
    void noMatchKeepsStatusCauseAndDetail() {
        ProblemDetails problem = EcsFailureProblems.of(
                EcsFailures.rejected(404, ProblemCause.NO_MATCHING_EES, "no EES serves demo-eas"), PATH);

        assertEquals(404, problem.status());
        assertEquals(ProblemCause.NO_MATCHING_EES, problem.cause());
        assertEquals("no EES serves demo-eas", problem.detail());
        assertEquals(PATH, problem.instance());
    }

    @Test
    void aRefusalOfThisEesIsABadGatewayWithTheEcsCause() {
        ProblemDetails problem = EcsFailureProblems.of(
                EcsFailures.rejected(401, ProblemCause.TOKEN_EXPIRED, "token expired"), PATH);

        assertEquals(502, problem.status());
        assertEquals(ProblemCause.TOKEN_EXPIRED, problem.cause());
        assertTrue(problem.detail().contains("ECS answered 401 TOKEN_EXPIRED: token expired"), problem.detail());
        assertNull(problem.invalidParams());
    }

    @Test
    void noAnswerIsServiceUnavailable() {
        ProblemDetails problem = EcsFailureProblems.of(EcsFailures.unreachable(), PATH);

        assertEquals(503, problem.status());
        assertEquals(EcsUnavailableException.ECS_UNAVAILABLE, problem.cause());
    }

    @Test
    void aThrottledCallIsServiceUnavailableWithTheEcsCause() {
        ProblemDetails problem = EcsFailureProblems.of(EcsFailures.throttled(Duration.ofSeconds(2)), PATH);

        assertEquals(503, problem.status());
        assertEquals(ProblemCause.NF_CONGESTION_RISK, problem.cause());
        assertTrue(problem.detail().startsWith("the ECS asks to be called again later: ECS answered 429"),
                problem.detail());
    }

    @Test
    void aServiceUnavailableWithRetryAfterStaysServiceUnavailable() {
        ProblemDetails problem = EcsFailureProblems.of(
                EcsFailures.serverError(503, ProblemCause.STORE_UNAVAILABLE, Duration.ofSeconds(5)), PATH);

        assertEquals(503, problem.status());
        assertEquals(ProblemCause.STORE_UNAVAILABLE, problem.cause());
    }

    @Test
    void aServiceUnavailableWithoutRetryAfterIsABadGatewayAsBefore() {
        ProblemDetails problem = EcsFailureProblems.of(
                EcsFailures.serverError(503, ProblemCause.STORE_UNAVAILABLE, null), PATH);

        assertEquals(502, problem.status());
        assertEquals(ProblemCause.STORE_UNAVAILABLE, problem.cause());
    }

    @Test
    void theRetryAfterPassedOnIsWholeSecondsAtMostTheLimit() {
        Duration limit = Duration.ofMinutes(5);

        assertEquals(Optional.of(2L),
                EcsFailureProblems.retryAfterSeconds(EcsFailures.throttled(Duration.ofSeconds(2)), limit));
        assertEquals(Optional.of(3L),
                EcsFailureProblems.retryAfterSeconds(EcsFailures.throttled(Duration.ofMillis(2001)), limit));
        assertEquals(Optional.of(300L),
                EcsFailureProblems.retryAfterSeconds(EcsFailures.throttled(Duration.ofDays(1)), limit));
        assertEquals(Optional.empty(), EcsFailureProblems.retryAfterSeconds(EcsFailures.throttled(null), limit));
        assertEquals(Optional.empty(), EcsFailureProblems.retryAfterSeconds(EcsFailures.unreachable(), limit));
    }
}
