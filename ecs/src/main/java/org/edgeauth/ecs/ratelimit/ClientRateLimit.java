package org.edgeauth.ecs.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

import org.edgeauth.contract.ratelimit.RateLimiter;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.ecs.config.EcsConfig;
import org.edgeauth.ecs.security.AccessDeniedException;
import org.edgeauth.ecs.security.Denial;

/**
 * The ECS's per-client rate limit ({@code edgeauth.ecs.rate-limit.*}), keyed by the instance id of the client
 * certificate: one budget per EES, whichever of its certificates it presents. Checked before the token is
 * verified, so that a flooding client is turned away at the cost of a map lookup, not a signature check.
 */
@ApplicationScoped
public class ClientRateLimit {

    private final RateLimiter limiter;

    ClientRateLimit(EcsConfig config) {
        this.limiter = RateLimiter.of(config.rateLimit());
    }

    /** @throws AccessDeniedException ({@link Denial#RATE_LIMITED}) when {@code caller} has used up its bucket */
    public void admit(CertificateIdentity caller) {
        limiter.acquire(caller.instanceId().toString()).ifPresent(throttled -> {
            throw Denial.rateLimited(throttled.retryAfterSeconds());
        });
    }
}
