package org.edgeauth.contract.ratelimit;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client's bucket holds up to {@code burst} tokens, refills at {@code rate} tokens
 * a second, and every request takes one; a request finding the bucket empty is refused with the time until the
 * next token. Shared by the ECS and the token issuer, each keying clients by their certificate's instance id.
 * <p>
 * Memory is bounded: the buckets live in one access-ordered map under one lock (each call is a few arithmetic
 * operations, so the lock is held for well under a microsecond). A client idle long enough for its bucket to be
 * full again is dropped, since a fresh bucket is exactly the same; beyond {@code maxClients} the least recently
 * seen client is dropped too, which can only ever be lenient (it starts again with a full bucket).
 */
public final class RateLimiter {

    private static final double NANOS_PER_SECOND = 1e9;

    private final boolean enabled;
    private final double tokensPerNano;
    private final double burst;
    private final int maxClients;
    /** Time an empty bucket takes to fill: a client idle this long has nothing left to remember. */
    private final long fillNanos;
    private final LongSupplier nanoClock;
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param nanoClock a monotonic clock in nanoseconds ({@link System#nanoTime()} outside tests)
     * @throws IllegalArgumentException when enabled with a rate, burst or client bound that is not positive
     */
    public RateLimiter(RateLimitConfig config, LongSupplier nanoClock) {
        this.enabled = config.enabled();
        if (enabled && (!(config.rate() > 0) || config.burst() < 1 || config.maxClients() < 1)) {
            throw new IllegalArgumentException("rate limit needs rate > 0, burst >= 1 and max-clients >= 1, got rate "
                    + config.rate() + ", burst " + config.burst() + ", max-clients " + config.maxClients());
        }
        this.tokensPerNano = config.rate() / NANOS_PER_SECOND;
        this.burst = config.burst();
        this.maxClients = config.maxClients();
        this.fillNanos = (long) Math.ceil(burst / tokensPerNano);
        this.nanoClock = nanoClock;
    }

    public static RateLimiter of(RateLimitConfig config) {
        return new RateLimiter(config, System::nanoTime);
    }

    /**
     * Takes a token from {@code client}'s bucket.
     *
     * @return empty when the request is admitted, else how long the client has to wait
     */
    public Optional<Throttled> acquire(String client) {
        if (!enabled) {
            return Optional.empty();
        }
        long now = nanoClock.getAsLong();
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
            Optional<Throttled> outcome = bucket.take(now);
            forgetIdle(now);
            return outcome;
        }
    }

    /** Clients currently remembered (for tests and the memory bound). */
    public int trackedClients() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    /** Drops least recently seen clients while they are full again or while there are too many. */
    private void forgetIdle(long now) {
        Iterator<Map.Entry<String, Bucket>> eldest = buckets.entrySet().iterator();
        while (eldest.hasNext()) {
            Bucket bucket = eldest.next().getValue();
            if (buckets.size() <= maxClients && now - bucket.lastRefill < fillNanos) {
                return; // access order: every later client was seen more recently
            }
            eldest.remove();
        }
    }

    private final class Bucket {

        private double tokens;
        private long lastRefill;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefill = now;
        }

        Optional<Throttled> take(long now) {
            tokens = Math.min(burst, tokens + Math.max(0, now - lastRefill) * tokensPerNano);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(new Throttled(Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano))));
        }
    }
}
