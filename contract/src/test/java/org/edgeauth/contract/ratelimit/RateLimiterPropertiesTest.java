package org.edgeauth.contract.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.edgeauth.pki.hostile.HostileInput;
import org.junit.jupiter.api.Test;

/**
 * The token bucket's promises, for generated patterns of requests (seeded {@link HostileInput}: a failure names the
 * seed and the case, and the parameters of the case).
 */
class RateLimiterPropertiesTest {

    private static final int CASES = 1000;

    private final HostileInput input = HostileInput.seeded();

    /** Whatever the timing, a client never gets more than burst + rate * elapsed requests through. */
    @Test
    void neverAdmitsMoreThanBurstPlusRateTimesElapsed() {
        input.forEachCase(CASES, i -> {
            int rate = input.between(1, 50);
            int burst = input.between(1, 100);
            List<Integer> gapsMillis = input.listOf(400, () -> input.between(0, 200));
            String context = "rate " + rate + ", burst " + burst + ", gaps " + gapsMillis;
            ManualClock clock = new ManualClock();
            RateLimiter limiter = new RateLimiter(TestRateLimit.of(rate, burst), clock);
            long elapsedMillis = 0;
            int admitted = 0;
            for (int gap : gapsMillis) {
                clock.advance(Duration.ofMillis(gap));
                elapsedMillis += gap;
                if (limiter.acquire("ees").isEmpty()) {
                    admitted++;
                }
                long elapsed = elapsedMillis;
                int sofar = admitted;
                assertTrue(admitted <= burst + rate * elapsedMillis / 1000.0 + 1e-9,
                        () -> sofar + " admitted after " + elapsed + " ms; " + context);
            }
        });
    }

    /** A client that keeps to the rate is never refused, whatever its bursts in between. */
    @Test
    void aClientWithinTheRateIsNeverRefused() {
        input.forEachCase(CASES, i -> {
            int rate = input.between(1, 50);
            int burst = input.between(1, 100);
            int requests = input.between(1, 500);
            ManualClock clock = new ManualClock();
            RateLimiter limiter = new RateLimiter(TestRateLimit.of(rate, burst), clock);
            Duration interval = Duration.ofNanos((long) Math.ceil(1e9 / rate));
            for (int r = 0; r < requests; r++) {
                int request = r;
                assertTrue(limiter.acquire("ees").isEmpty(),
                        () -> "request " + request + " refused; rate " + rate + ", burst " + burst);
                clock.advance(interval);
            }
        });
    }

    /** A refused client that waits the announced time gets through. */
    @Test
    void theAnnouncedWaitIsEnough() {
        input.forEachCase(CASES, i -> {
            int rate = input.between(1, 50);
            int burst = input.between(1, 20);
            int extraRequests = input.between(0, 60);
            String context = "rate " + rate + ", burst " + burst + ", extra requests " + extraRequests;
            ManualClock clock = new ManualClock();
            RateLimiter limiter = new RateLimiter(TestRateLimit.of(rate, burst), clock);
            for (int r = 0; r < burst + extraRequests; r++) {
                limiter.acquire("ees");
            }
            Throttled refused = limiter.acquire("ees")
                    .orElseThrow(() -> new AssertionError("not refused after the burst; " + context));
            clock.advance(refused.delay());
            assertTrue(limiter.acquire("ees").isEmpty(), () -> "refused after waiting " + refused.delay() + "; "
                    + context);
        });
    }

    /** However many clients come by, memory holds at most maxClients buckets. */
    @Test
    void tracksAtMostMaxClients() {
        input.forEachCase(CASES, i -> {
            int maxClients = input.between(1, 50);
            List<Integer> clients = input.listOf(500, () -> input.between(0, 300));
            RateLimiter limiter = new RateLimiter(new TestRateLimit(true, 1, 5, maxClients), new ManualClock());
            for (int client : clients) {
                limiter.acquire("ees-" + client);
                assertTrue(limiter.trackedClients() <= maxClients,
                        () -> limiter.trackedClients() + " tracked, max " + maxClients + "; clients " + clients);
            }
        });
    }
}
