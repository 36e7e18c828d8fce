package org.edgeauth.ecs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EndPoint;
import org.junit.jupiter.api.Test;

class InMemoryRegistrationStoreTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private final InMemoryRegistrationStore store = new InMemoryRegistrationStore();

    @Test
    void findsLiveRegistrationsByIdAndByEasId() {
        StoredRegistration a = registration("id-a", "a.edge.test", NOW.plusSeconds(60), "video", "maps");
        StoredRegistration b = registration("id-b", "b.edge.test", NOW.plusSeconds(60), "video");
        put(a);
        put(b);

        assertEquals(Optional.of(a), store.find("id-a", NOW).await().indefinitely());
        assertEquals(List.of(a, b), store.findByEasId("video", NOW).await().indefinitely());
        assertEquals(List.of(a), store.findByEasId("maps", NOW).await().indefinitely());
        assertEquals(List.of(), store.findByEasId("chat", NOW).await().indefinitely());
    }

    @Test
    void registeringAgainReplacesTheOwnersEarlierRegistration() {
        put(registration("first", "a.edge.test", NOW.plusSeconds(60), "video"));

        Optional<String> replaced = store.putReplacingOwner(
                registration("second", "a.edge.test", NOW.plusSeconds(60), "maps"), NOW).await().indefinitely();

        assertEquals(Optional.of("first"), replaced);
        assertEquals(Optional.empty(), store.find("first", NOW).await().indefinitely());
        assertEquals(List.of(), store.findByEasId("video", NOW).await().indefinitely());
        assertEquals(1, store.findByEasId("maps", NOW).await().indefinitely().size());
    }

    @Test
    void lapsedRegistrationsAreGoneEverywhere() {
        put(registration("short", "a.edge.test", NOW.plusSeconds(10), "video"));
        Instant later = NOW.plusSeconds(10);

        assertEquals(Optional.empty(), store.find("short", later).await().indefinitely());
        assertEquals(List.of(), store.findByEasId("video", later).await().indefinitely());
        assertEquals(WriteOutcome.NOT_FOUND, store.replaceIfOwner(
                registration("short", "a.edge.test", later.plusSeconds(60), "video"), later).await().indefinitely());
        assertEquals(WriteOutcome.NOT_FOUND, store.deleteIfOwner("short", "a.edge.test", later).await().indefinitely());
        assertEquals(Optional.empty(), store.putReplacingOwner(
                registration("next", "a.edge.test", later.plusSeconds(60), "video"), later).await().indefinitely());
    }

    @Test
    void anUpdateMovesTheExpiry() {
        put(registration("id", "a.edge.test", NOW.plusSeconds(10), "video"));

        store.replaceIfOwner(registration("id", "a.edge.test", NOW.plusSeconds(100), "maps"), NOW).await().indefinitely();

        Instant later = NOW.plusSeconds(50);
        assertTrue(store.find("id", later).await().indefinitely().isPresent());
        assertEquals(List.of(), store.findByEasId("video", later).await().indefinitely());
        assertEquals(1, store.findByEasId("maps", later).await().indefinitely().size());
    }

    @Test
    void onlyTheOwnerChangesOrDeletes() {
        StoredRegistration original = registration("id", "a.edge.test", NOW.plusSeconds(60), "video");
        put(original);

        assertEquals(WriteOutcome.NOT_OWNER, store.replaceIfOwner(
                registration("id", "b.edge.test", NOW.plusSeconds(60), "maps"), NOW).await().indefinitely());
        assertEquals(WriteOutcome.NOT_OWNER, store.deleteIfOwner("id", "b.edge.test", NOW).await().indefinitely());
        assertEquals(Optional.of(original), store.find("id", NOW).await().indefinitely());

        assertEquals(WriteOutcome.DONE, store.deleteIfOwner("id", "a.edge.test", NOW).await().indefinitely());
        assertEquals(Optional.empty(), store.find("id", NOW).await().indefinitely());
        assertEquals(WriteOutcome.NOT_FOUND, store.deleteIfOwner("id", "a.edge.test", NOW).await().indefinitely());
    }

    @Test
    void anotherOwnersRegistrationIsNotReplacedByRegistering() {
        put(registration("a", "a.edge.test", NOW.plus(Duration.ofMinutes(1)), "video"));

        put(registration("b", "b.edge.test", NOW.plus(Duration.ofMinutes(1)), "video"));

        assertEquals(2, store.findByEasId("video", NOW).await().indefinitely().size());
    }

    private void put(StoredRegistration registration) {
        store.putReplacingOwner(registration, NOW).await().indefinitely();
    }

    static StoredRegistration registration(String id, String owner, Instant expiry, String... easIds) {
        EESProfile profile = new EESProfile(owner, EndPoint.ofFqdn(owner), List.of(easIds), null, null, null, null,
                false, null, null, null, null);
        return new StoredRegistration(id, owner, new EESRegistration(profile, expiry, null));
    }
}
