package org.edgeauth.contract.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The token bucket's promises, for any pattern of requests. */
class RateLimiterProperties {

    /** Whatever the timing, a client never gets more than burst + rate * elapsed requests through. */
    @Property(tries = 300)
    void neverAdmitsMoreThanBurstPlusRateTimesElapsed(@ForAll @IntRange(min = 1, max = 50) int rate,
            @ForAll @IntRange(min = 1, max = 100) int burst,
            @ForAll @Size(max = 400) List<@IntRange(min = 0, max = 200) Integer> gapsMillis) {
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
            assertTrue(admitted <= burst + rate * elapsedMillis / 1000.0 + 1e-9,
                    admitted + " admitted after " + elapsedMillis + " ms");
        }
    }

    /** A client that keeps to the rate is never refused, whatever its bursts in between. */
    @Property(tries = 300)
    void aClientWithinTheRateIsNeverRefused(@ForAll @IntRange(min = 1, max = 50) int rate,
            @ForAll @IntRange(min = 1, max = 100) int burst, @ForAll @IntRange(min = 1, max = 500) int requests) {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(rate, burst), clock);
        Duration interval = Duration.ofNanos((long) Math.ceil(1e9 / rate));
        for (int i = 0; i < requests; i++) {
            assertTrue(limiter.acquire("ees").isEmpty(), "request " + i + " refused");
            clock.advance(interval);
        }
    }

    /** A refused client that waits the announced time gets through. */
    @Property(tries = 300)
    void theAnnouncedWaitIsEnough(@ForAll @IntRange(min = 1, max = 50) int rate,
            @ForAll @IntRange(min = 1, max = 20) int burst, @ForAll @IntRange(min = 0, max = 60) int extraRequests) {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(TestRateLimit.of(rate, burst), clock);
        for (int i = 0; i < burst + extraRequests; i++) {
            limiter.acquire("ees");
        }
        Throttled refused = limiter.acquire("ees").orElseThrow();
        clock.advance(refused.delay());
        assertTrue(limiter.acquire("ees").isEmpty());
    }

    /** However many clients come by, memory holds at most maxClients buckets. */
    @Property(tries = 100)
    void tracksAtMostMaxClients(@ForAll @IntRange(min = 1, max = 50) int maxClients,
            @ForAll @Size(max = 500) List<@IntRange(min = 0, max = 300) Integer> clients) {
        RateLimiter limiter = new RateLimiter(new TestRateLimit(true, 1, 5, maxClients), new ManualClock());
        for (int client : clients) {
            limiter.acquire("ees-" + client);
            assertTrue(limiter.trackedClients() <= maxClients);
        }
    }
}
