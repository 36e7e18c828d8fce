package org.edgeauth.contract.ratelimit;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * Per-client rate limit settings, a config group of each service ({@code edgeauth.ecs.rate-limit.*},
 * {@code edgeauth.issuer.rate-limit.*}). The defaults are far above what an EES needs (it registers, refreshes and
 * discovers a few times a minute; the load test drives about 20 requests a second per client), so only a client
 * that runs wild meets them.
 */
public interface RateLimitConfig {

    /** {@code false} admits every request without counting. */
    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second per client: the rate at which its bucket refills. */
    @WithDefault("200")
    double rate();

    /** Bucket size: requests a client may send at once after a quiet spell. */
    @WithDefault("400")
    int burst();

    /**
     * Most clients tracked at once (about 150 bytes each); above it the least recently seen client is forgotten
     * and starts again with a full bucket. Clients idle long enough to have a full bucket are forgotten anyway.
     */
    @WithDefault("10000")
    int maxClients();

    /**
     * At most one audit line per client per interval for refusals over the limit; the next line says how many were
     * left out ({@link RefusalLogSampler}). One second: a flood shows as one line a second per client,
     * enough to see it goes on and who, with the count of every refusal, in the whole-second granularity of
     * {@code Retry-After} and of most log views. {@code 0} logs every refusal.
     */
    @WithDefault("PT1S")
    Duration logInterval();
}
