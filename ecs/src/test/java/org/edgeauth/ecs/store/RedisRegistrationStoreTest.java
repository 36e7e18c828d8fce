package org.edgeauth.ecs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.ecs.support.RedisTestClient;
import org.edgeauth.ecs.support.RedisTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis store meets the store contract against a real redis-server, and leaves nothing lapsed behind. */
class RedisRegistrationStoreTest extends RegistrationStoreContract {

    private static RedisTestServer server;
    private static RedisTestClient client;

    /** Each test has its own key space on the shared server. */
    private String keyPrefix;

    @BeforeAll
    static void startRedis() {
        server = RedisTestServer.start("store-contract");
        client = RedisTestClient.of(server);
    }

    @AfterAll
    static void stopRedis() {
        client.close();
        server.stop();
    }

    @Override
    RegistrationStore newStore() {
        keyPrefix = "test-" + UUID.randomUUID() + ":";
        return client.store(keyPrefix);
    }

    /** Redis drops a lapsed registration, its owner entry and its index entries by itself, on every replica. */
    @Test
    void keysExpireWithTheRegistration() throws InterruptedException {
        Instant realNow = Instant.now();
        Instant expiry = realNow.plusMillis(1000);
        store().putReplacingOwner(registration("brief", "a.edge.test", expiry, "video", "maps"), realNow)
                .await().indefinitely();
        assertEquals(Set.of(keyPrefix + "reg:brief", keyPrefix + "owner:a.edge.test", keyPrefix + "eas:video",
                keyPrefix + "eas:maps", keyPrefix + "live"), Set.copyOf(client.keys(keyPrefix)));
        long ttl = client.command("PTTL", keyPrefix + "reg:brief").toLong();
        assertTrue(ttl > 0 && ttl <= 1000, "TTL from the granted expiry, was " + ttl);

        Thread.sleep(Duration.between(Instant.now(), expiry).toMillis() + 100);

        assertEquals(List.of(), client.keys(keyPrefix));
        // A replica whose clock lags behind still finds nothing: Redis has dropped it.
        assertEquals(Optional.empty(), store().find("brief", realNow).await().indefinitely());
        assertEquals(List.of(), findByEasId("video", realNow));
    }

    @Test
    void deletingOrReplacingLeavesNoStaleKey() {
        put(registration("id", "a.edge.test", NOW.plusSeconds(60), "video", "maps"));
        store().replaceIfOwner(registration("id", "a.edge.test", NOW.plusSeconds(60), "chat"), NOW)
                .await().indefinitely();
        assertEquals(Set.of(keyPrefix + "reg:id", keyPrefix + "owner:a.edge.test", keyPrefix + "eas:chat",
                keyPrefix + "live"),
                Set.copyOf(client.keys(keyPrefix)));

        store().deleteIfOwner("id", "a.edge.test", NOW).await().indefinitely();

        assertEquals(List.of(), client.keys(keyPrefix));
    }

    /** Lapsed by the ECS's clock before Redis's: the first write that meets it removes it. */
    @Test
    void aRegistrationLapsedByTheEcsClockIsRemovedByTheNextWrite() {
        put(registration("id", "a.edge.test", NOW.plusSeconds(10), "video"));
        Instant later = NOW.plusSeconds(11);

        assertEquals(WriteOutcome.NOT_FOUND, store().deleteIfOwner("id", "a.edge.test", later).await().indefinitely());

        assertEquals(List.of(), client.keys(keyPrefix));
    }
}
