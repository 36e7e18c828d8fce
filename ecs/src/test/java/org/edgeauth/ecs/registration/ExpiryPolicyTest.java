package org.edgeauth.ecs.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.edgeauth.contract.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ExpiryPolicyTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00.750Z");
    private final ExpiryPolicy policy = new ExpiryPolicy(Duration.ofHours(24));

    @Test
    void grantsTheProposalWhenWithinTheMaximum() {
        Instant proposed = NOW.plus(Duration.ofHours(1));

        assertEquals(proposed, policy.grant(proposed, NOW));
    }

    @Test
    void capsAtTheMaximum() {
        assertEquals(Instant.parse("2030-01-02T10:00:00Z"), policy.grant(NOW.plus(Duration.ofDays(30)), NOW));
    }

    @Test
    void grantsTheMaximumWhenNothingIsProposed() {
        assertEquals(Instant.parse("2030-01-02T10:00:00Z"), policy.grant(null, NOW));
    }

    @Test
    void refusesAPastOrPresentProposal() {
        for (Instant proposed : new Instant[] { NOW, NOW.minusSeconds(1) }) {
            ProblemException refused = assertThrows(ProblemException.class, () -> policy.grant(proposed, NOW));
            assertEquals(400, refused.status());
            assertEquals("expTime", refused.invalidParams().get(0).param());
        }
    }

    @Test
    void maximumMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ExpiryPolicy(Duration.ZERO));
    }
}
