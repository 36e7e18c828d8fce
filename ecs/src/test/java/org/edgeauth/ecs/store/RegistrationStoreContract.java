package org.edgeauth.ecs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EndPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What every {@link RegistrationStore} guarantees, run against each implementation. Times are an hour ahead of the
 * real clock, so that a store enforcing expiry with real time too (Redis key TTLs) keeps everything the test's
 * {@code now} calls live.
 */
abstract class RegistrationStoreContract {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofHours(1));

    private RegistrationStore store;

    /** A new, empty store for each test. */
    abstract RegistrationStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void findsLiveRegistrationsByIdAndByEasId() {
        StoredRegistration a = registration("id-a", "a.edge.test", NOW.plusSeconds(60), "video", "maps");
        StoredRegistration b = registration("id-b", "b.edge.test", NOW.plusSeconds(60), "video");
        put(a);
        put(b);

        assertEquals(Optional.of(a), store.find("id-a", NOW).await().indefinitely());
        assertEquals(Set.of(a, b), Set.copyOf(findByEasId("video", NOW)));
        assertEquals(List.of(a), findByEasId("maps", NOW));
        assertEquals(List.of(), findByEasId("chat", NOW));
        assertEquals(Optional.empty(), store.find("id-c", NOW).await().indefinitely());
    }

    @Test
    void registeringAgainReplacesTheOwnersEarlierRegistration() {
        put(registration("first", "a.edge.test", NOW.plusSeconds(60), "video"));

        Optional<String> replaced = store.putReplacingOwner(
                registration("second", "a.edge.test", NOW.plusSeconds(60), "maps"), NOW).await().indefinitely();

        assertEquals(Optional.of("first"), replaced);
        assertEquals(Optional.empty(), store.find("first", NOW).await().indefinitely());
        assertEquals(List.of(), findByEasId("video", NOW));
        assertEquals(1, findByEasId("maps", NOW).size());
        assertEquals(WriteOutcome.NOT_FOUND, store.deleteIfOwner("first", "a.edge.test", NOW).await().indefinitely());
    }

    @Test
    void lapsedRegistrationsAreGoneEverywhere() {
        put(registration("short", "a.edge.test", NOW.plusSeconds(10), "video"));
        Instant later = NOW.plusSeconds(10);

        assertEquals(Optional.empty(), store.find("short", later).await().indefinitely());
        assertEquals(List.of(), findByEasId("video", later));
        assertEquals(WriteOutcome.NOT_FOUND, store.replaceIfOwner(
                registration("short", "a.edge.test", later.plusSeconds(60), "video"), later).await().indefinitely());
        assertEquals(WriteOutcome.NOT_FOUND, store.deleteIfOwner("short", "a.edge.test", later).await().indefinitely());
        assertEquals(Optional.empty(), store.putReplacingOwner(
                registration("next", "a.edge.test", later.plusSeconds(60), "video"), later).await().indefinitely());
    }

    @Test
    void countsTheLiveRegistrationsOnly() {
        put(registration("short", "a.edge.test", NOW.plusSeconds(10), "video"));
        put(registration("long", "b.edge.test", NOW.plusSeconds(60), "video"));
        put(registration("replaced", "c.edge.test", NOW.plusSeconds(60), "maps"));
        store.putReplacingOwner(registration("replacing", "c.edge.test", NOW.plusSeconds(60), "maps"), NOW)
                .await().indefinitely();
        assertEquals(3, countLive(NOW));

        store.deleteIfOwner("long", "b.edge.test", NOW).await().indefinitely();
        assertEquals(2, countLive(NOW));
        assertEquals(1, countLive(NOW.plusSeconds(10)), "a lapsed one is not counted");
        assertEquals(0, countLive(NOW.plusSeconds(60)));
    }

    private long countLive(Instant now) {
        return store.countLive(now).await().indefinitely();
    }

    @Test
    void anUpdateMovesTheExpiry() {
        put(registration("id", "a.edge.test", NOW.plusSeconds(10), "video"));

        assertEquals(WriteOutcome.DONE, store.replaceIfOwner(
                registration("id", "a.edge.test", NOW.plusSeconds(100), "maps"), NOW).await().indefinitely());

        Instant later = NOW.plusSeconds(50);
        assertTrue(store.find("id", later).await().indefinitely().isPresent());
        assertEquals(List.of(), findByEasId("video", later));
        assertEquals(1, findByEasId("maps", later).size());
    }

    @Test
    void onlyTheOwnerChangesOrDeletes() {
        StoredRegistration original = registration("id", "a.edge.test", NOW.plusSeconds(60), "video");
        put(original);

        assertEquals(WriteOutcome.NOT_OWNER, store.replaceIfOwner(
                registration("id", "b.edge.test", NOW.plusSeconds(60), "maps"), NOW).await().indefinitely());
        assertEquals(WriteOutcome.NOT_OWNER, store.deleteIfOwner("id", "b.edge.test", NOW).await().indefinitely());
        assertEquals(Optional.of(original), store.find("id", NOW).await().indefinitely());
        assertEquals(List.of(), findByEasId("maps", NOW));

        assertEquals(WriteOutcome.DONE, store.deleteIfOwner("id", "a.edge.test", NOW).await().indefinitely());
        assertEquals(Optional.empty(), store.find("id", NOW).await().indefinitely());
        assertEquals(List.of(), findByEasId("video", NOW));
        assertEquals(WriteOutcome.NOT_FOUND, store.deleteIfOwner("id", "a.edge.test", NOW).await().indefinitely());
        assertEquals(WriteOutcome.NOT_FOUND, store.replaceIfOwner(original, NOW).await().indefinitely());
    }

    @Test
    void anotherOwnersRegistrationIsNotReplacedByRegistering() {
        put(registration("a", "a.edge.test", NOW.plus(Duration.ofMinutes(1)), "video"));

        put(registration("b", "b.edge.test", NOW.plus(Duration.ofMinutes(1)), "video"));

        assertEquals(2, findByEasId("video", NOW).size());
    }

    @Test
    void registeringAfterDeletingReplacesNothing() {
        put(registration("first", "a.edge.test", NOW.plusSeconds(60), "video"));
        store.deleteIfOwner("first", "a.edge.test", NOW).await().indefinitely();

        assertEquals(Optional.empty(), store.putReplacingOwner(
                registration("second", "a.edge.test", NOW.plusSeconds(60), "video"), NOW).await().indefinitely());
    }

    /** Everything a profile can carry comes back as it went in (Redis keeps it as JSON). */
    @Test
    void aFullProfileIsKeptExactly() throws Exception {
        EESRegistration full = JsonMapper.builder().addModule(new JavaTimeModule()).build().readValue("""
                {"eesProf": {"eesId": "full.edge.test", "endPt": {"ipv4Addrs": ["192.0.2.10"]},
                  "easIds": ["video", "maps"], "provId": "ecsp-1",
                  "svcArea": {"topServAr": {"tais": [{"plmnId": {"mcc": "001", "mnc": "01"}, "tac": "0001"}],
                                             "plmnIds": [{"mcc": "001", "mnc": "02"}]},
                              "geoServAr": {"geoArs": [{"shape": "POINT", "point": {"lon": 2.35, "lat": 48.85}}],
                                            "civicAddrs": [{"country": "FR"}]}},
                  "appLocs": ["dnai-1"], "svcContSupp": ["EEC_INITIATED", "SOURCE_EAS_DECIDED"], "eecRegConf": true,
                  "ednInfoSets": [{"dnn": "internet", "dnais": ["dnai-1"]}],
                  "easInstInfo": {"any": ["kept", 1]}},
                 "expTime": "%s", "suppFeat": "0f"}
                """.formatted(NOW.plusSeconds(60).plusNanos(123_000)), EESRegistration.class);
        StoredRegistration stored = new StoredRegistration("full", "full.edge.test", full);
        put(stored);

        assertEquals(Optional.of(stored), store.find("full", NOW).await().indefinitely());
        assertEquals(List.of(stored), findByEasId("maps", NOW));
    }

    @Test
    void aWriteDerivedFromAStaleReadIsRefused() {
        StoredRegistration read = registration("id", "a.edge.test", NOW.plusSeconds(60), "video");
        put(read);
        StoredRegistration meanwhile = registration("id", "a.edge.test", NOW.plusSeconds(60), "video", "maps");
        assertEquals(WriteOutcome.DONE, store.replaceIfOwner(meanwhile, NOW).await().indefinitely());

        StoredRegistration stale = registration("id", "a.edge.test", NOW.plusSeconds(90), "chat");
        assertEquals(WriteOutcome.CONFLICT, store.replaceIfUnchanged(read, stale, NOW).await().indefinitely());
        assertEquals(Optional.of(meanwhile), store.find("id", NOW).await().indefinitely());

        assertEquals(WriteOutcome.DONE, store.replaceIfUnchanged(meanwhile, stale, NOW).await().indefinitely());
        assertEquals(Optional.of(stale), store.find("id", NOW).await().indefinitely());
    }

    @Test
    void concurrentReadModifyWritesLoseNothing() throws Exception {
        put(registration("id", "a.edge.test", NOW.plusSeconds(60), "start"));
        int writers = 4;
        int additionsEach = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < additionsEach; i++) {
                        addEasIdUntilWritten("w" + writer + "-" + i);
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> easIds = store.find("id", NOW).await().indefinitely().orElseThrow().easIds();
        assertEquals(1 + writers * additionsEach, easIds.size(), "every merge kept: " + easIds);
    }

    /** What a merge patch does: read, derive, write only over what was read; again when someone else won. */
    private void addEasIdUntilWritten(String easId) {
        WriteOutcome outcome;
        do {
            StoredRegistration current = store.find("id", NOW).await().indefinitely().orElseThrow();
            List<String> easIds = new ArrayList<>(current.easIds());
            easIds.add(easId);
            StoredRegistration next = registration("id", "a.edge.test", current.expiresAt(), easIds.toArray(String[]::new));
            outcome = store.replaceIfUnchanged(current, next, NOW).await().indefinitely();
        } while (outcome == WriteOutcome.CONFLICT);
        assertEquals(WriteOutcome.DONE, outcome);
    }

    RegistrationStore store() {
        return store;
    }

    void put(StoredRegistration registration) {
        store.putReplacingOwner(registration, NOW).await().indefinitely();
    }

    List<StoredRegistration> findByEasId(String easId, Instant now) {
        return store.findByEasId(easId, now).await().indefinitely();
    }

    static StoredRegistration registration(String id, String owner, Instant expiry, String... easIds) {
        EESProfile profile = new EESProfile(owner, EndPoint.ofFqdn(owner), List.of(easIds), null, null, null, null,
                false, null, null, null, null);
        return new StoredRegistration(id, owner, new EESRegistration(profile, expiry, null));
    }
}
