package org.edgeauth.ees.ecs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} field (RFC 9110 10.2.3): {@code delta-seconds} or an HTTP-date in the IMF-fixdate form
 * every sender must use ({@code Sun, 06 Nov 1994 08:49:37 GMT}). A value that is neither (a negative number, a
 * fraction, the obsolete RFC 850 and asctime date forms, garbage) is ignored, as is a wait of zero (0, or a date not
 * in the future): the ECS then asked for nothing this EES can honour. This is what the ECS asked for; how long the
 * EES actually waits is bounded by its callers ({@code edgeauth.ees.ecs.max-retry-after}).
 */
final class RetryAfter {

    /** RFC 9111 1.2.2: a delta-seconds too large to represent is taken as 2^31 seconds. */
    static final Duration LONGEST = Duration.ofSeconds(1L << 31);

    private RetryAfter() {
    }

    /** @return the wait asked for, positive and at most {@link #LONGEST}; empty when there is none to honour */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        Duration wait = text.chars().allMatch(c -> c >= '0' && c <= '9') ? deltaSeconds(text) : untilDate(text, now);
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    private static Duration deltaSeconds(String digits) {
        // More digits than a long holds would overflow; anything beyond 2^31 s is 2^31 s anyway.
        if (digits.length() > 12) {
            return LONGEST;
        }
        Duration wait = Duration.ofSeconds(Long.parseLong(digits));
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    private static Duration untilDate(String text, Instant now) {
        try {
            Duration wait = Duration.between(now, ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
            return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
        } catch (DateTimeParseException e) {
            return Duration.ZERO;
        }
    }
}
