package org.edgeauth.contract.ratelimit;

import java.time.Duration;

/** A rate limit configuration for tests. */
record TestRateLimit(boolean enabled, double rate, int burst, int maxClients) implements RateLimitConfig {

    static TestRateLimit of(double rate, int burst) {
        return new TestRateLimit(true, rate, burst, 1000);
    }

    @Override
    public Duration logInterval() {
        return Duration.ofSeconds(1);
    }
}
