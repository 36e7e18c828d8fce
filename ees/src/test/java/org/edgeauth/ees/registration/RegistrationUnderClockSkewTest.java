package org.edgeauth.ees.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EndPoint;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The keeper times its updates with its own clock against the expTime the ECS granted (an instant of the ECS's
 * clock). The EES proposes {@code now + lifetime} by its clock and the ECS grants that instant, so the EES's
 * arithmetic is right whatever the skew; what skew changes is how long the registration really lives at the ECS:
 * {@code lifetime - N} when the EES's clock is N behind. The update comes after {@code fraction * lifetime}, so it
 * is in time while N &lt; (1 - fraction) * lifetime: 20 minutes with the defaults (1 h, 2/3), 5 s in the end-to-end
 * test (15 s). An EES clock ahead of the ECS's only makes it update earlier than needed.
 */
class RegistrationUnderClockSkewTest {

    private static final Duration LIFETIME = Duration.ofMinutes(60);
    private static final Duration BOUND = Duration.ofMinutes(20);
    private static final EESProfile PROFILE = new EESProfile("ees-1.edge.test", EndPoint.ofUri("https://ees-1:8543"),
            List.of("demo-eas"), null, null, null, null, false, null, null, null, null);

    private final ManualScheduler time = new ManualScheduler();
    private final ScriptedEcs ecs = new ScriptedEcs(time);
    private final RegistrationKeeper keeper = new RegistrationKeeper(ecs, time, time,
            new RefreshSchedule(LIFETIME, 2.0 / 3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                    Duration.ofMinutes(5), () -> 0.5),
            new ObjectMapper(), PROFILE);

    @Test
    void anEesClockBehindByLessThanTheBoundUpdatesInTime() {
        ecs.clockAhead = BOUND.minusMinutes(1);

        runFiveHours();

        assertFalse(ecs.leftAtUpdate.isEmpty());
        assertTrue(ecs.leftAtUpdate.stream().allMatch(left -> left.equals(Duration.ofMinutes(1))), ecs.leftAtUpdate::toString);
        assertEquals(1, ecs.calls("register").size());
    }

    @Test
    void anEesClockAheadOfTheEcsUpdatesEarlierThanNeeded() {
        ecs.clockAhead = Duration.ofMinutes(-30);

        runFiveHours();

        assertTrue(ecs.leftAtUpdate.stream().allMatch(left -> left.equals(Duration.ofMinutes(50))), ecs.leftAtUpdate::toString);
    }

    @Test
    void beyondTheBoundTheUpdateArrivesAfterTheRegistrationLapsed() {
        ecs.clockAhead = BOUND.plusMinutes(1);

        runFiveHours();

        // The ECS would answer 404 to such an update, and the keeper registers again (RegistrationKeeperTest).
        assertTrue(ecs.leftAtUpdate.stream().allMatch(left -> left.equals(Duration.ofMinutes(-1))), ecs.leftAtUpdate::toString);
    }

    private void runFiveHours() {
        keeper.start();
        time.advance(Duration.ofHours(5));
    }
}
