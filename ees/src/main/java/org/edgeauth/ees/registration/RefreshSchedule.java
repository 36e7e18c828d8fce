package org.edgeauth.ees.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * The keeper's timing rules. Updates happen at a fraction of the time left until the granted expiry (TS 23.558
 * 8.4.4: the EES updates before the expiry or the registration lapses); failed attempts wait
 * {@code initial * 2^(n-1)}, capped, with "equal jitter" (half fixed, half random) so that many EESs cut off by
 * one ECS outage do not all come back in the same instant; an attempt the ECS answered with {@code Retry-After}
 * waits at least that long, up to {@code maxRetryAfter}.
 *
 * @param proposedLifetime   what the EES asks for at each registration and update
 * @param refreshFraction    in (0, 1): 2/3 updates after two thirds of the granted time
 * @param retryInitialDelay  wait after the first failure
 * @param retryMaxDelay      longest wait between attempts
 * @param maxRetryAfter      longest wait honoured from the ECS's Retry-After
 * @param random             uniform in [0, 1)
 */
public record RefreshSchedule(Duration proposedLifetime, double refreshFraction, Duration retryInitialDelay,
        Duration retryMaxDelay, Duration maxRetryAfter, DoubleSupplier random) {

    /** A floor under every delay: a granted expiry in the past (clock skew, ECS error) must not spin the keeper. */
    static final Duration MINIMUM_DELAY = Duration.ofMillis(500);

    public RefreshSchedule {
        if (!(refreshFraction > 0 && refreshFraction < 1)) {
            throw new IllegalArgumentException("refresh fraction must be in (0, 1): " + refreshFraction);
        }
        if (proposedLifetime.isNegative() || proposedLifetime.isZero()) {
            throw new IllegalArgumentException("proposed lifetime must be positive: " + proposedLifetime);
        }
    }

    Instant proposedExpiry(Instant now) {
        return now.plus(proposedLifetime);
    }

    Duration refreshDelay(Instant now, Instant grantedExpiry) {
        Duration left = Duration.between(now, grantedExpiry);
        return atLeastMinimum(Duration.ofNanos((long) (left.toNanos() * refreshFraction)));
    }

    /** @param failures consecutive failures so far, 1 or more */
    Duration retryDelay(int failures) {
        Duration delay = retryInitialDelay;
        for (int i = 1; i < failures && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(retryMaxDelay) > 0) {
            delay = retryMaxDelay;
        }
        long half = delay.toNanos() / 2;
        return atLeastMinimum(Duration.ofNanos(half + (long) (half * random.getAsDouble())));
    }

    /**
     * The wait after a failed attempt the ECS answered with Retry-After: what it asked for (at most
     * {@code maxRetryAfter}), or the ordinary backoff when that is longer. An update does not wait past the granted
     * expiry for it, though: a lapsed registration drops this EES out of discovery until it has registered again,
     * which costs more than the one early request, and a register (POST) costs the ECS more than the update. So when
     * the wait would reach the expiry, the update is tried at {@code refreshFraction} of the time left, as a
     * refresh is (and still no sooner than the backoff); once the expiry has passed, Retry-After is honoured.
     *
     * @param failures   consecutive failures so far, 1 or more
     * @param retryAfter the wait the ECS asked for
     * @param expiry     the granted expiry of the registration being updated; null when there is none (registering)
     */
    Duration retryDelay(int failures, Duration retryAfter, Instant now, Instant expiry) {
        Duration backoff = retryDelay(failures);
        Duration wait = longer(backoff, retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter);
        if (expiry != null && now.isBefore(expiry) && !now.plus(wait).isBefore(expiry)) {
            return longer(backoff, refreshDelay(now, expiry));
        }
        return wait;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration atLeastMinimum(Duration delay) {
        return delay.compareTo(MINIMUM_DELAY) < 0 ? MINIMUM_DELAY : delay;
    }
}
