package org.edgeauth.contract.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void admitsTheBurstAtOnceThenRefusesWithTheTimeToTheNextToken() {
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(2, 3), clock);

        for (int i = 0; i < 3; i++) {
            assertAdmitted(limiter.acquire("ees-1"));
        }
        Throttled refused = limiter.acquire("ees-1").orElseThrow();

        assertEquals(Duration.ofMillis(500), refused.delay());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void refillsAtTheRateUpToTheBurst() {
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(2, 3), clock);
        drain(limiter, "ees-1", 3);

        clock.advance(Duration.ofMillis(499));
        assertTrue(limiter.acquire("ees-1").isPresent(), "not yet a whole token");
        clock.advance(Duration.ofMillis(1));
        assertAdmitted(limiter.acquire("ees-1"));

        clock.advance(Duration.ofHours(1));
        drain(limiter, "ees-1", 3);
        assertTrue(limiter.acquire("ees-1").isPresent(), "a long pause refills the burst, no more");
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(1, 1), clock);

        assertAdmitted(limiter.acquire("ees-1"));
        assertTrue(limiter.acquire("ees-1").isPresent());
        assertAdmitted(limiter.acquire("ees-2"));
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertEquals(1, new Throttled(Duration.ofNanos(1)).retryAfterSeconds());
        assertEquals(1, new Throttled(Duration.ofSeconds(1)).retryAfterSeconds());
        assertEquals(2, new Throttled(Duration.ofMillis(1001)).retryAfterSeconds());
        RateLimiter slow = new RateLimiter(TestRateLimit.of(0.1, 1), clock);
        slow.acquire("ees-1");
        assertEquals(10, slow.acquire("ees-1").orElseThrow().retryAfterSeconds());
    }

    @Test
    void waitingTheAnnouncedTimeIsEnough() {
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(3, 1), clock);
        limiter.acquire("ees-1");
        Throttled refused = limiter.acquire("ees-1").orElseThrow();

        clock.advance(refused.delay());

        assertAdmitted(limiter.acquire("ees-1"));
    }

    @Test
    void forgetsClientsWhoseBucketIsFullAgain() {
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(10, 20), clock);
        limiter.acquire("ees-1");
        limiter.acquire("ees-2");
        assertEquals(2, limiter.trackedClients());

        clock.advance(Duration.ofSeconds(2)); // 20 tokens at 10/s: both buckets are full again
        limiter.acquire("ees-3");

        assertEquals(1, limiter.trackedClients());
    }

    @Test
    void remembersClientsStillRefilling() {
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(10, 20), clock);
        drain(limiter, "ees-1", 20);

        clock.advance(Duration.ofSeconds(1));
        limiter.acquire("ees-2");

        assertEquals(2, limiter.trackedClients());
        drain(limiter, "ees-1", 10);
        assertTrue(limiter.acquire("ees-1").isPresent(), "ees-1's bucket was not reset");
    }

    @Test
    void boundedByMaxClientsDroppingTheLeastRecentlySeen() {
        RateLimiter limiter = new RateLimiter(new TestRateLimit(true, 1, 1, 3), clock);
        for (String client : new String[] { "a", "b", "c" }) {
            limiter.acquire(client);
        }
        limiter.acquire("a"); // refused, but seen: "b" is now the least recently seen

        limiter.acquire("d");

        assertEquals(3, limiter.trackedClients());
        assertTrue(limiter.acquire("a").isPresent(), "a is still remembered and still empty");
        assertAdmitted(limiter.acquire("b")); // forgotten: a fresh bucket
    }

    @Test
    void disabledAdmitsEverythingAndRemembersNobody() {
        RateLimiter limiter = new RateLimiter(new TestRateLimit(false, 0, 0, 0), clock);

        for (int i = 0; i < 10_000; i++) {
            assertAdmitted(limiter.acquire("ees-" + i % 7));
        }
        assertEquals(0, limiter.trackedClients());
    }

    @Test
    void refusesNonsensicalSettings() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(TestRateLimit.of(0, 1), clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(TestRateLimit.of(Double.NaN, 1), clock));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(TestRateLimit.of(1, 0), clock));
        assertThrows(IllegalArgumentException.class,
                () -> new RateLimiter(new TestRateLimit(true, 1, 1, 0), clock));
    }

    private static void drain(RateLimiter limiter, String client, int tokens) {
        for (int i = 0; i < tokens; i++) {
            assertAdmitted(limiter.acquire(client));
        }
    }

    private static void assertAdmitted(Optional<Throttled> outcome) {
        assertTrue(outcome.isEmpty(), () -> "refused: " + outcome);
    }
}
