package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final VerifiedToken CLAIMS = new VerifiedToken("jti-1", "issuer", "subject", Set.of("ECS"),
            Set.of("eecs-eesregistration"), Optional.of("thumbprint"));

    private final MovableClock clock = new MovableClock(NOW);

    @Test
    void servesAVerifiedTokenUntilItsExpiry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
        cache.put("k", CLAIMS, NOW.plusSeconds(300));

        clock.now = NOW.plusSeconds(299);
        assertEquals(Optional.of(CLAIMS), cache.get("k"));
    }

    @Test
    void doesNotServeAnExpiredEntryAndForgetsIt() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
        cache.put("k", CLAIMS, NOW.plusSeconds(300));

        clock.now = NOW.plusSeconds(300);
        assertEquals(Optional.empty(), cache.get("k"));
        assertEquals(0, cache.size());
    }

    @Test
    void doesNotStoreATokenThatHasAlreadyExpired() {
        VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
        // Accepted by the verifier within the clock skew, but past exp: verified again each time.
        cache.put("k", CLAIMS, NOW.minusSeconds(5));

        assertEquals(Optional.empty(), cache.get("k"));
        assertEquals(0, cache.size());
    }

    @Test
    void whenFullOfLiveEntriesANewTokenIsNotCached() {
        VerifiedTokenCache cache = new VerifiedTokenCache(2, clock);
        cache.put("a", CLAIMS, NOW.plusSeconds(300));
        cache.put("b", CLAIMS, NOW.plusSeconds(300));

        cache.put("c", CLAIMS, NOW.plusSeconds(300));

        assertEquals(2, cache.size());
        assertEquals(Optional.empty(), cache.get("c"));
        assertTrue(cache.get("a").isPresent());
    }

    @Test
    void whenFullExpiredEntriesMakeRoom() {
        VerifiedTokenCache cache = new VerifiedTokenCache(2, clock);
        cache.put("a", CLAIMS, NOW.plusSeconds(10));
        cache.put("b", CLAIMS, NOW.plusSeconds(300));
        clock.now = NOW.plusSeconds(20);

        cache.put("c", CLAIMS, NOW.plusSeconds(320));

        assertEquals(Optional.of(CLAIMS), cache.get("c"));
        assertEquals(2, cache.size());
    }

    @Test
    void keyIsADigestNotTheToken() {
        String key = VerifiedTokenCache.keyOf("header.payload.signature");

        assertEquals(43, key.length());
        assertNotEquals(key, VerifiedTokenCache.keyOf("header.payload.signaturf"));
        assertEquals(key, VerifiedTokenCache.keyOf("header.payload.signature"));
    }

    @Test
    void refusesANonPositiveBound() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache(0, clock));
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {

        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
