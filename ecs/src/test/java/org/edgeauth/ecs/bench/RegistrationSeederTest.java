package org.edgeauth.ecs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.edgeauth.ecs.store.InMemoryRegistrationStore;
import org.edgeauth.ecs.store.StoredRegistration;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

class RegistrationSeederTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void fillsTheStoreWithEverySyntheticRegistration() throws InterruptedException {
        InMemoryRegistrationStore store = new InMemoryRegistrationStore();
        SyntheticRegistrations seeds = new SyntheticRegistrations(100, NOW.plus(Duration.ofHours(1)));

        RegistrationSeeder.fill(store, seeds, NOW);

        for (int eas = 0; eas < 5; eas++) {
            assertEquals(20, store.findByEasId("eas-" + eas, NOW).await().indefinitely().size());
        }
        StoredRegistration last = seeds.registration(99);
        assertEquals(Optional.of(last), store.find(last.id(), NOW).await().indefinitely());
    }

    @Test
    void aFailedWriteStopsTheStart() {
        InMemoryRegistrationStore failing = new InMemoryRegistrationStore() {
            @Override
            public Uni<Optional<String>> putReplacingOwner(StoredRegistration registration, Instant now) {
                return Uni.createFrom().failure(new IllegalStateException("store down"));
            }
        };

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RegistrationSeeder
                .fill(failing, new SyntheticRegistrations(100, NOW.plus(Duration.ofHours(1))), NOW));

        assertEquals("store down", refused.getCause().getMessage());
    }
}
