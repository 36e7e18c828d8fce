package org.edgeauth.ecs.registration;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.edgeauth.contract.problem.ProblemException;

/**
 * The expiry the ECS grants a registration (TS 23.558 8.4.4; profile in spec-notes.md section 2):
 * min(proposed, now + maximum lifetime); the maximum when the EES proposes nothing; a proposal that is not in
 * the future is refused.
 */
public final class ExpiryPolicy {

    static final String EXP_TIME = "expTime";

    private final Duration maxLifetime;

    public ExpiryPolicy(Duration maxLifetime) {
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maximum registration lifetime must be positive: " + maxLifetime);
        }
        this.maxLifetime = maxLifetime;
    }

    /** @param proposed the EES's proposal, or null */
    public Instant grant(Instant proposed, Instant now) {
        Instant latest = now.plus(maxLifetime).truncatedTo(ChronoUnit.SECONDS);
        if (proposed == null) {
            return latest;
        }
        if (!proposed.isAfter(now)) {
            throw ProblemException.invalid(EXP_TIME, "must lie in the future");
        }
        return proposed.isBefore(latest) ? proposed : latest;
    }
}
