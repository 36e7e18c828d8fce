package org.edgeauth.ecs.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.edgeauth.ecs.store.InMemoryRegistrationStore;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** The live-registration gauge asks the store at most once per max age, whatever the scrape rate. */
class LiveRegistrationsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** A store whose count answers when the test says so, like Redis, and that counts how often it is asked. */
    private static final class SlowStore extends InMemoryRegistrationStore {
        int asked;
        CompletableFuture<Long> answer = new CompletableFuture<>();

        @Override
        public Uni<Long> countLive(Instant now) {
            asked++;
            return Uni.createFrom().completionStage(answer);
        }
    }

    private final SlowStore store = new SlowStore();
    private Instant now = START;
    private final LiveRegistrations gauge = new LiveRegistrations(store, clock(), () -> MAX_AGE);

    @Test
    void aScrapeStormCostsOneCountPerMaxAge() {
        for (int i = 0; i < 1000; i++) {
            gauge.value();
        }
        assertEquals(1, store.asked, "one count in flight at a time");

        store.answer.complete(42L);
        now = START.plus(MAX_AGE).minusMillis(1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(42, gauge.value());
        }
        assertEquals(1, store.asked, "a count younger than the max age is served from the cache");

        store.answer = new CompletableFuture<>();
        now = START.plus(MAX_AGE);
        assertEquals(42, gauge.value(), "the scrape that starts a count does not wait for it");
        assertEquals(2, store.asked);
        store.answer.complete(7L);
        assertEquals(7, gauge.value());
    }

    @Test
    void aStoreOutageKeepsTheLastCountAndTriesAgainAfterTheMaxAge() {
        store.answer.complete(5L);
        assertEquals(5, gauge.value());

        store.answer = new CompletableFuture<>();
        store.answer.completeExceptionally(new IllegalStateException("Redis down"));
        now = START.plus(MAX_AGE);
        assertEquals(5, gauge.value());
        assertEquals(5, gauge.value());
        assertEquals(2, store.asked, "no retry storm while the store is down");

        store.answer = CompletableFuture.completedFuture(6L);
        now = START.plus(MAX_AGE).plus(MAX_AGE);
        assertEquals(6, gauge.value());
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
