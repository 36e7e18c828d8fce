package org.edgeauth.ecs.store;

import static org.edgeauth.ecs.store.RegistrationStoreContract.NOW;
import static org.edgeauth.ecs.store.RegistrationStoreContract.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.edgeauth.ecs.support.RedisTestClient;
import org.edgeauth.ecs.support.RedisTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/**
 * Two ECS replicas, each with its own Redis connections, sharing one Redis: what one writes the other reads, and
 * writes racing from both sides are applied one at a time (no lost update, no resurrected registration, no stale
 * index entry).
 */
class RedisReplicasTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int RACERS = 100;

    private static RedisTestServer server;
    private static RedisTestClient replicaA;
    private static RedisTestClient replicaB;

    private String keyPrefix;
    private RegistrationStore a;
    private RegistrationStore b;

    @BeforeAll
    static void startRedis() {
        server = RedisTestServer.start("replicas");
        replicaA = RedisTestClient.of(server);
        replicaB = RedisTestClient.of(server);
    }

    @AfterAll
    static void stopRedis() {
        replicaA.close();
        replicaB.close();
        server.stop();
    }

    @BeforeEach
    void stores() {
        keyPrefix = "replicas-" + UUID.randomUUID() + ":";
        a = replicaA.store(keyPrefix);
        b = replicaB.store(keyPrefix);
    }

    @Test
    void whatOneReplicaWritesTheOtherServes() {
        StoredRegistration registered = registration("id", "ees.edge.test", NOW.plusSeconds(60), "video");
        a.putReplacingOwner(registered, NOW).await().indefinitely();

        assertEquals(Optional.of(registered), b.find("id", NOW).await().indefinitely());
        assertEquals(List.of(registered), b.findByEasId("video", NOW).await().indefinitely());

        StoredRegistration updated = registration("id", "ees.edge.test", NOW.plusSeconds(120), "maps");
        assertEquals(WriteOutcome.DONE, b.replaceIfOwner(updated, NOW).await().indefinitely());
        assertEquals(Optional.of(updated), a.find("id", NOW).await().indefinitely());
        assertEquals(List.of(), a.findByEasId("video", NOW).await().indefinitely());
        assertEquals(List.of(updated), a.findByEasId("maps", NOW).await().indefinitely());
        assertEquals(WriteOutcome.NOT_OWNER, a.deleteIfOwner("id", "other.edge.test", NOW).await().indefinitely());

        assertEquals(WriteOutcome.DONE, a.deleteIfOwner("id", "ees.edge.test", NOW).await().indefinitely());
        assertEquals(Optional.empty(), b.find("id", NOW).await().indefinitely());
        assertEquals(List.of(), b.findByEasId("maps", NOW).await().indefinitely());
        assertEquals(WriteOutcome.NOT_FOUND, b.replaceIfOwner(updated, NOW).await().indefinitely());
    }

    /**
     * Both replicas update one registration as fast as they can, each update moving it to another EAS id: the
     * registration ends as exactly one of the acknowledged updates, and the indexes agree with it.
     */
    @Test
    void concurrentUpdatesOfOneRegistrationAreAppliedWhole() {
        a.putReplacingOwner(registration("id", "ees.edge.test", NOW.plusSeconds(60), "start"), NOW)
                .await().indefinitely();

        List<Uni<WriteOutcome>> updates = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            Instant expiry = NOW.plusSeconds(60 + i);
            updates.add(a.replaceIfOwner(registration("id", "ees.edge.test", expiry, "shared", "a-" + i), NOW));
            updates.add(b.replaceIfOwner(registration("id", "ees.edge.test", expiry, "shared", "b-" + i), NOW));
        }
        List<WriteOutcome> outcomes = all(updates);

        assertEquals(Set.of(WriteOutcome.DONE), Set.copyOf(outcomes));
        StoredRegistration last = a.find("id", NOW).await().indefinitely().orElseThrow();
        String marker = last.easIds().get(1);
        assertEquals(List.of(last), b.findByEasId("shared", NOW).await().indefinitely());
        assertEquals(List.of(last), b.findByEasId(marker, NOW).await().indefinitely());
        assertEquals(Set.of(keyPrefix + "reg:id", keyPrefix + "owner:ees.edge.test", keyPrefix + "eas:shared",
                keyPrefix + "eas:" + marker, keyPrefix + "live"), Set.copyOf(replicaA.keys(keyPrefix)),
                "every other update's index entry was removed by the update after it");
    }

    /** A delete racing many updates wins once and for all: no update after it brings the registration back. */
    @Test
    void aDeleteRacingUpdatesIsNeverUndone() {
        for (int round = 0; round < 20; round++) {
            String id = "id-" + round;
            a.putReplacingOwner(registration(id, "ees.edge.test", NOW.plusSeconds(60), "start"), NOW)
                    .await().indefinitely();

            List<Uni<WriteOutcome>> racing = new ArrayList<>();
            for (int i = 0; i < RACERS / 2; i++) {
                racing.add(a.replaceIfOwner(registration(id, "ees.edge.test", NOW.plusSeconds(90), "u-" + i), NOW));
                if (i == RACERS / 4) {
                    racing.add(b.deleteIfOwner(id, "ees.edge.test", NOW));
                }
            }
            List<WriteOutcome> outcomes = all(racing);

            assertEquals(WriteOutcome.DONE, outcomes.get(RACERS / 4 + 1), "the delete found the registration");
            assertEquals(Optional.empty(), a.find(id, NOW).await().indefinitely());
            assertEquals(Optional.empty(), b.find(id, NOW).await().indefinitely());
            assertEquals(List.of(), replicaB.keys(keyPrefix), "round " + round + " left " + replicaB.keys(keyPrefix));
        }
    }

    /** Many EESs registering at once through both replicas: every one is indexed, none twice. */
    @Test
    void concurrentRegistrationsAreAllIndexed() {
        List<Uni<Optional<String>>> first = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            RegistrationStore through = i % 2 == 0 ? a : b;
            first.add(through.putReplacingOwner(registration("first-" + i, "ees-" + i + ".edge.test",
                    NOW.plusSeconds(60), "crowd"), NOW));
        }
        assertEquals(Set.of(Optional.empty()), Set.copyOf(all(first)));
        assertEquals(RACERS, a.findByEasId("crowd", NOW).await().indefinitely().size());

        List<Uni<Optional<String>>> again = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            RegistrationStore through = i % 2 == 0 ? b : a;
            again.add(through.putReplacingOwner(registration("again-" + i, "ees-" + i + ".edge.test",
                    NOW.plusSeconds(60), "crowd"), NOW));
        }

        assertEquals(IntStream.range(0, RACERS).mapToObj(i -> Optional.of("first-" + i)).toList(), all(again));
        Set<String> indexed = b.findByEasId("crowd", NOW).await().indefinitely().stream().map(StoredRegistration::id)
                .collect(Collectors.toSet());
        assertEquals(IntStream.range(0, RACERS).mapToObj(i -> "again-" + i).collect(Collectors.toSet()), indexed);
    }

    /**
     * One EES registering many times at once through both replicas: each registration replaces exactly the one
     * before it, so the replaced ids form one chain and exactly one registration is left.
     */
    @Test
    void concurrentRegistrationsOfOneEesLeaveExactlyOne() {
        List<Uni<Optional<String>>> registrations = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            RegistrationStore through = i % 2 == 0 ? a : b;
            registrations.add(through.putReplacingOwner(
                    registration("r-" + i, "ees.edge.test", NOW.plusSeconds(60), "solo"), NOW));
        }
        List<Optional<String>> replaced = all(registrations);

        assertEquals(1, replaced.stream().filter(Optional::isEmpty).count(), "only the first replaced nothing");
        Set<String> replacedIds = replaced.stream().flatMap(Optional::stream).collect(Collectors.toSet());
        assertEquals(RACERS - 1, replacedIds.size(), "no registration was replaced twice");
        List<StoredRegistration> left = a.findByEasId("solo", NOW).await().indefinitely();
        assertEquals(1, left.size());
        assertTrue(new HashSet<>(replacedIds).add(left.get(0).id()), "the survivor is the one nobody replaced");
        assertEquals(Set.of(keyPrefix + "reg:" + left.get(0).id(), keyPrefix + "owner:ees.edge.test",
                keyPrefix + "eas:solo", keyPrefix + "live"), Set.copyOf(replicaB.keys(keyPrefix)));
    }

    /** Subscribes to all at once (they race) and waits for every result, in order. */
    private static <T> List<T> all(List<Uni<T>> racing) {
        return Uni.join().all(racing).andFailFast().await().atMost(WAIT);
    }
}
