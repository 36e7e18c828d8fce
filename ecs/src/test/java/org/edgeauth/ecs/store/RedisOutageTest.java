package org.edgeauth.ecs.store;

import static org.edgeauth.ecs.store.RegistrationStoreContract.NOW;
import static org.edgeauth.ecs.store.RegistrationStoreContract.registration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.support.RedisTestClient;
import org.edgeauth.ecs.support.RedisTestServer;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/**
 * Redis gone or mute: every call fails with STORE_UNAVAILABLE within the timeout, nothing is lost, and the same
 * store works again once Redis is back.
 */
class RedisOutageTest {

    @Test
    void stoppedRedisIsUnavailableThenServesEverythingAgain() {
        RedisTestServer server = RedisTestServer.start("outage");
        try (RedisTestClient client = RedisTestClient.of(server)) {
            RegistrationStore store = client.store("outage:");
            StoredRegistration kept = registration("kept", "ees.edge.test", NOW.plusSeconds(600), "video");
            store.putReplacingOwner(kept, NOW).await().indefinitely();
            store.checkAvailable().await().indefinitely();

            server.stop();

            assertUnavailable(() -> store.find("kept", NOW));
            assertUnavailable(() -> store.findByEasId("video", NOW));
            assertUnavailable(() -> store.putReplacingOwner(
                    registration("new", "other.edge.test", NOW.plusSeconds(600), "video"), NOW));
            assertUnavailable(() -> store.replaceIfOwner(kept, NOW));
            assertUnavailable(() -> store.deleteIfOwner("kept", "ees.edge.test", NOW));
            assertUnavailable(store::checkAvailable);

            server.start();

            store.checkAvailable().await().atMost(Duration.ofSeconds(5));
            assertEquals(Optional.of(kept), store.find("kept", NOW).await().indefinitely());
            assertEquals(List.of(kept), store.findByEasId("video", NOW).await().indefinitely());
            assertEquals(WriteOutcome.DONE, store.deleteIfOwner("kept", "ees.edge.test", NOW).await().indefinitely());
        } finally {
            server.stop();
        }
    }

    /** A Redis that accepts connections but never answers (a hung server, a black-holed route). */
    @Test
    void muteRedisIsUnavailableWithinTheTimeout() throws IOException {
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                RedisTestClient client = RedisTestClient.of("redis://127.0.0.1:" + mute.getLocalPort())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(mute.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            RegistrationStore store = client.store("mute:", Duration.ofMillis(300));

            long started = System.nanoTime();
            assertUnavailable(() -> store.find("any", NOW));
            assertUnavailable(store::checkAvailable);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(took.compareTo(Duration.ofMillis(550)) > 0 && took.compareTo(Duration.ofSeconds(2)) < 0,
                    "two calls bounded by 300 ms each, took " + took);
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    private static void assertUnavailable(Supplier<Uni<?>> call) {
        StoreUnavailableException refused = assertThrows(StoreUnavailableException.class,
                () -> call.get().await().atMost(Duration.ofSeconds(5)));
        assertEquals(503, refused.status());
        assertEquals(ProblemCause.STORE_UNAVAILABLE, refused.cause());
    }
}
