package org.edgeauth.ees.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
