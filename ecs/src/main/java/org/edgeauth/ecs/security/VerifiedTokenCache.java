package org.edgeauth.ecs.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and expiry were already verified, so that an EES sending the same token many times
 * (one per refresh and discovery, for up to its 300 s lifetime) pays the ECDSA verification once. Only the
 * verification is skipped: issuer, audience, scope and binding to the presenting certificate ({@link TokenRules})
 * still run on every request, so a cached token sent over another certificate is still refused.
 * <p>
 * Keyed by the SHA-256 of the token string (the token itself is not kept), an entry is served until the token's
 * {@code exp}, never later; failures are not cached. Bounded: when full, expired entries are dropped and, if none
 * were, the new token is simply not cached (it is verified again next time) rather than evicting a live one.
 * Consequence to know: a key removed from the issuer's JWKS stops new tokens at once, but tokens verified before
 * the removal stay accepted until they expire (at most their lifetime).
 */
final class VerifiedTokenCache {

    private record Entry(VerifiedToken token, Instant expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Clock clock;

    VerifiedTokenCache(int maxEntries, Clock clock) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("edgeauth.ecs.token.cache.max-entries must be at least 1");
        }
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /** The cache key of a token: its SHA-256, base64url. */
    static String keyOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** The verified claims of the token with this key, if it was verified and has not expired since. */
    Optional<VerifiedToken> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.token());
    }

    void put(String key, VerifiedToken token, Instant expiresAt) {
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= maxEntries) {
                return;
            }
        }
        entries.put(key, new Entry(token, expiresAt));
    }

    int size() {
        return entries.size();
    }
}
