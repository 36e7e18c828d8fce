package org.edgeauth.ees.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RefreshScheduleTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static RefreshSchedule schedule(double fraction, double random) {
        return new RefreshSchedule(Duration.ofHours(1), fraction, Duration.ofSeconds(2), Duration.ofMinutes(1),
                Duration.ofMinutes(5), () -> random);
    }

    @Test
    void proposesNowPlusTheLifetime() {
        assertEquals(NOW.plusSeconds(3600), schedule(0.5, 0).proposedExpiry(NOW));
    }

    @Test
    void updatesAtTheFractionOfTheTimeLeft() {
        assertEquals(Duration.ofMinutes(20), schedule(2.0 / 3, 0).refreshDelay(NOW, NOW.plusSeconds(1800)));
        assertEquals(Duration.ofSeconds(45), schedule(0.75, 0).refreshDelay(NOW, NOW.plusSeconds(60)));
    }

    @Test
    void neverSchedulesSoonerThanTheFloor() {
        assertEquals(RefreshSchedule.MINIMUM_DELAY, schedule(0.5, 0).refreshDelay(NOW, NOW.minusSeconds(10)));
        assertEquals(RefreshSchedule.MINIMUM_DELAY, schedule(0.5, 0).refreshDelay(NOW, NOW.plusMillis(200)));
    }

    @Test
    void retriesDoubleUpToTheCapWithEqualJitter() {
        // random() at its upper end: the full nominal delay.
        RefreshSchedule full = schedule(0.5, 1.0);
        assertEquals(Duration.ofSeconds(2), full.retryDelay(1));
        assertEquals(Duration.ofSeconds(4), full.retryDelay(2));
        assertEquals(Duration.ofSeconds(32), full.retryDelay(5));
        assertEquals(Duration.ofSeconds(60), full.retryDelay(6)); // 64 s, capped
        assertEquals(Duration.ofSeconds(60), full.retryDelay(1000));
        // random() = 0 keeps the fixed half only.
        assertEquals(Duration.ofSeconds(1), schedule(0.5, 0).retryDelay(1));
        assertEquals(Duration.ofSeconds(30), schedule(0.5, 0).retryDelay(40));
    }

    @Test
    void refusesFractionsOutsideTheOpenInterval() {
        assertThrows(IllegalArgumentException.class, () -> schedule(0, 0));
        assertThrows(IllegalArgumentException.class, () -> schedule(1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new RefreshSchedule(Duration.ZERO, 0.5, Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofMinutes(5), () -> 0));
    }

    @Test
    void retryAfterIsWaitedForWhenLongerThanTheBackoff() {
        RefreshSchedule schedule = schedule(0.5, 1.0); // backoff 2 s, 4 s, 8 s, ...

        assertEquals(Duration.ofSeconds(10), schedule.retryDelay(1, Duration.ofSeconds(10), NOW, null));
        assertEquals(Duration.ofSeconds(8), schedule.retryDelay(3, Duration.ofSeconds(3), NOW, null),
                "never sooner than the backoff");
    }

    @Test
    void retryAfterIsBoundedByItsMaximum() {
        assertEquals(Duration.ofMinutes(5), schedule(0.5, 1.0).retryDelay(1, Duration.ofDays(1), NOW, null));
    }

    @Test
    void anUpdateIsNotDeferredPastTheGrantedExpiry() {
        RefreshSchedule schedule = schedule(0.5, 1.0);
        Instant expiry = NOW.plusSeconds(60);

        assertEquals(Duration.ofSeconds(30), schedule.retryDelay(1, Duration.ofSeconds(90), NOW, expiry),
                "half-way to the expiry, as a refresh");
        assertEquals(Duration.ofSeconds(30), schedule.retryDelay(1, Duration.ofSeconds(60), NOW, expiry));
        assertEquals(Duration.ofSeconds(59), schedule.retryDelay(1, Duration.ofSeconds(59), NOW, expiry),
                "within the lifetime: as asked");
        assertEquals(Duration.ofSeconds(32), schedule.retryDelay(5, Duration.ofSeconds(90), NOW, expiry),
                "still no sooner than the backoff");
    }

    @Test
    void onceTheExpiryHasPassedRetryAfterIsHonoured() {
        assertEquals(Duration.ofSeconds(90),
                schedule(0.5, 1.0).retryDelay(1, Duration.ofSeconds(90), NOW, NOW.minusSeconds(1)));
    }
}
