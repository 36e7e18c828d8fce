package org.edgeauth.ees.ecs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * The EES's one access token for the ECS. A still-valid token is always sent at once; renewal starts
 * {@code renew-before} ahead of its expiry (half-way for a token that does not live that long) and runs in the
 * background, so a token issuer that is down at that
 * moment costs nothing while the token lasts: renewal is retried with growing delays ({@code retry-initial-delay}
 * doubling up to {@code retry-max-delay}) and the token in hand stays in use until its own expiry, never after.
 * Without a valid token (at start, after expiry, after the ECS refused it) a call waits for a new one and fails if
 * the issuer cannot give one; the callers' own retries and backoff bound those attempts.
 * <p>
 * At most one token request is in flight; every call that needs its result shares it.
 */
final class AccessTokenCache {

    private static final Logger LOG = Logger.getLogger(AccessTokenCache.class);

    private final Supplier<Uni<AccessToken>> issuer;
    private final Clock clock;
    private final Duration renewBefore;
    private final Duration retryInitialDelay;
    private final Duration retryMaxDelay;

    // All guarded by this.
    private AccessToken current;
    private Instant renewAt;
    private Uni<AccessToken> pending;
    private int failedRequests;
    private Instant nextRenewal = Instant.MIN;
    /** Counts {@link #discard()}s: a token requested before the last one is not kept. */
    private long generation;

    /** @param issuer asks the token issuer for a new token (lazily: nothing happens before subscription) */
    AccessTokenCache(Supplier<Uni<AccessToken>> issuer, Clock clock, Duration renewBefore, Duration retryInitialDelay,
            Duration retryMaxDelay) {
        this.issuer = issuer;
        this.clock = clock;
        this.renewBefore = renewBefore;
        this.retryInitialDelay = retryInitialDelay;
        this.retryMaxDelay = retryMaxDelay;
    }

    /** The token to send now: the one in hand while it is valid, otherwise a new one. */
    Uni<String> token() {
        Uni<AccessToken> renewal;
        String valid;
        synchronized (this) {
            Instant now = clock.instant();
            if (current == null || !now.isBefore(current.expiresAt())) {
                return request().map(AccessToken::value);
            }
            valid = current.value();
            renewal = pending == null && !now.isBefore(renewAt) && !now.isBefore(nextRenewal) ? request() : null;
        }
        if (renewal != null) {
            // Fire and forget: the outcome is recorded by settle(); the caller does not wait for it.
            renewal.subscribe().with(renewed -> { }, failure -> { });
        }
        return Uni.createFrom().item(valid);
    }

    /** The ECS answered 401 to this token: it is not sent again, the next call waits for a new one. */
    synchronized void refused(String token) {
        if (current != null && current.value().equals(token)) {
            current = null;
        }
    }

    /**
     * The EES's certificate changed: the token in hand, and one being requested, are bound to the old certificate
     * (RFC 8705), so neither is sent again; the next call waits for a new token.
     */
    synchronized void discard() {
        current = null;
        pending = null;
        failedRequests = 0;
        nextRenewal = Instant.MIN;
        generation++;
    }

    private synchronized Uni<AccessToken> request() {
        if (pending == null) {
            Instant requestedAt = clock.instant();
            long requestedIn = generation;
            pending = Uni.createFrom().deferred(issuer::get)
                    .onItemOrFailure().invoke((token, failure) -> settle(requestedIn, requestedAt, token, failure))
                    .memoize().indefinitely();
        }
        return pending;
    }

    private synchronized void settle(long requestedIn, Instant requestedAt, AccessToken token, Throwable failure) {
        if (requestedIn != generation) {
            return; // requested before a discard(): its outcome no longer matters
        }
        pending = null;
        if (failure == null) {
            if (failedRequests > 0) {
                LOG.infof("access token renewed after %d failed attempts", failedRequests);
            }
            current = token;
            // A token that does not even live renew-before is renewed half-way (not on every call).
            Duration lifetime = Duration.between(requestedAt, token.expiresAt());
            renewAt = token.expiresAt().minus(lifetime.compareTo(renewBefore) > 0 ? renewBefore : lifetime.dividedBy(2));
            failedRequests = 0;
            nextRenewal = Instant.MIN;
            return;
        }
        failedRequests++;
        Duration wait = retryDelay(failedRequests);
        nextRenewal = clock.instant().plus(wait);
        if (current != null && clock.instant().isBefore(current.expiresAt())) {
            LOG.warnf("access token renewal failed (%d in a row), keeping the current token until %s, next try in %s: %s",
                    failedRequests, current.expiresAt(), wait, failure.getMessage());
        } else {
            LOG.warnf("no access token from the token issuer (%d failures in a row): %s", failedRequests,
                    failure.getMessage());
        }
    }

    private Duration retryDelay(int failures) {
        Duration delay = retryInitialDelay;
        for (int i = 1; i < failures && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
