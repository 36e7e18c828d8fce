package org.edgeauth.contract.ratelimit;

import java.time.Duration;

/**
 * A request refused by a {@link RateLimiter}.
 *
 * @param delay how long until the client's bucket holds a token again
 */
public record Throttled(Duration delay) {

    /** The {@code Retry-After} value (RFC 9110 10.2.3: whole seconds): the wait rounded up, at least 1. */
    public long retryAfterSeconds() {
        long seconds = delay.toSeconds();
        return Math.max(1, delay.equals(Duration.ofSeconds(seconds)) ? seconds : seconds + 1);
    }
}
