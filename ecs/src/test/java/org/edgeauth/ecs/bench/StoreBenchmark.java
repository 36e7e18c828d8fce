package org.edgeauth.ecs.bench;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.ecs.store.InMemoryRegistrationStore;
import org.edgeauth.ecs.store.RegistrationStore;
import org.edgeauth.ecs.store.StoredRegistration;
import org.edgeauth.ecs.support.RedisTestClient;
import org.edgeauth.ecs.support.RedisTestServer;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Registration store figures (issue 5): the Redis store against the in-memory store at 1k, 10k and 100k live
 * registrations. A printed table (also written to {@code ecs/target/store-benchmark.md}), not a test:
 * {@code ./mvnw -pl ecs -am process-test-classes -Pstore-benchmark}.
 *
 * <ul>
 * <li>registrations/s: {@value #REREGISTRATIONS} registrations of EESs registered already (each
 * {@code putReplacingOwner} replaces the EES's live registration, as after a restart), {@value #IN_FLIGHT} in flight,
 * while the store holds N live ones;</li>
 * <li>discovery p50/p99: one {@code findByEasId} at a time for a random EAS id served by {@value #PER_EAS} EESs
 * (what one discovery request costs the store, JSON decoding included).</li>
 * </ul>
 * Redis runs on the same machine (loopback, append-only file, fsync every second) and shares its cores.
 */
public final class StoreBenchmark {

    private static final int[] SIZES = { 1_000, 10_000, 100_000 };
    private static final int IN_FLIGHT = 64;
    private static final int PER_EAS = 20;
    private static final int REREGISTRATIONS = 20_000;
    private static final int WARM_UP_LOOKUPS = 2_000;
    private static final int LOOKUPS = 10_000;
    private static final Instant NOW = Instant.now();
    private static final Instant EXPIRY = NOW.plus(Duration.ofHours(1));

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        RedisTestServer server = RedisTestServer.start("bench");
        StringBuilder table = new StringBuilder();
        try (RedisTestClient redis = RedisTestClient.of(server)) {
            // Warm the JIT on both paths before measuring anything.
            measure(new InMemoryRegistrationStore(), 5_000);
            measure(redis.store("warm-up:"), 5_000);
            redis.command("FLUSHALL");

            table.append("| Store | Live registrations | Registrations/s | Discovery p50 | Discovery p99 | Memory |\n");
            table.append("|---|---:|---:|---:|---:|---:|\n");
            for (int size : SIZES) {
                InMemoryRegistrationStore memory = new InMemoryRegistrationStore();
                long heapBefore = heapAfterGc();
                Figures inMemory = measure(memory, size);
                long heap = heapAfterGc() - heapBefore;
                Reference.reachabilityFence(memory); // still holding every registration when the heap was read
                table.append(row("in-memory (JVM heap)", size, inMemory, heap));

                long redisBefore = redisUsedMemory(redis);
                Figures shared = measure(redis.store("bench-" + size + ":"), size);
                table.append(row("Redis (used_memory)", size, shared, redisUsedMemory(redis) - redisBefore));
                redis.command("FLUSHALL");
            }
            table.append(String.format(Locale.ROOT, "%n%d cores, Java %s, Redis %s, load average %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                    redis.command("INFO", "server").toString().lines().filter(line -> line.startsWith("redis_version:"))
                            .map(line -> line.substring("redis_version:".length()).strip()).findFirst().orElse("?"),
                    Files.readString(Path.of("/proc/loadavg")).strip()));
        } finally {
            server.stop();
            // Mutiny's timer threads (the store's timeouts) are not daemons: without this the JVM would not exit.
            Infrastructure.getDefaultWorkerPool().shutdown();
        }
        System.out.print(table);
        Files.writeString(Path.of("target", "store-benchmark.md"), table);
    }

    private record Figures(double registrationsPerSecond, long p50Nanos, long p99Nanos) {
    }

    private static Figures measure(RegistrationStore store, int size) throws InterruptedException {
        int easIds = Math.max(1, size / PER_EAS);
        run(i -> store.putReplacingOwner(registration("first-" + i, i, easIds), NOW), size);

        long started = System.nanoTime();
        run(i -> store.putReplacingOwner(registration("again-" + i, i % size, easIds), NOW), REREGISTRATIONS);
        double seconds = (System.nanoTime() - started) / 1e9;

        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < WARM_UP_LOOKUPS; i++) {
            store.findByEasId("app-" + random.nextInt(easIds), NOW).await().indefinitely();
        }
        long[] latencies = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            String easId = "app-" + random.nextInt(easIds);
            long start = System.nanoTime();
            List<StoredRegistration> found = store.findByEasId(easId, NOW).await().indefinitely();
            latencies[i] = System.nanoTime() - start;
            if (found.size() != Math.min(size, PER_EAS)) {
                throw new IllegalStateException(easId + " is served by " + found.size() + " EESs");
            }
        }
        Arrays.sort(latencies);
        return new Figures(REREGISTRATIONS / seconds, latencies[LOOKUPS / 2], latencies[LOOKUPS * 99 / 100]);
    }

    /** Runs {@code count} operations with at most {@value #IN_FLIGHT} in flight; fails on the first failure. */
    private static void run(IntFunction<Uni<?>> operation, int count) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < count && failure.get() == null; i++) {
            slots.acquire();
            operation.apply(i).subscribe().with(ignored -> slots.release(), error -> {
                failure.compareAndSet(null, error);
                slots.release();
            });
        }
        slots.acquire(IN_FLIGHT); // every operation has completed
        if (failure.get() != null) {
            throw new IllegalStateException("a store operation failed", failure.get());
        }
    }

    /** A registration of EES number {@code ees}, serving one of {@code easIds} EAS ids ({@value #PER_EAS} each). */
    private static StoredRegistration registration(String id, int ees, int easIds) {
        String eesId = "ees-" + ees + ".bench.edge.test";
        EESProfile profile = new EESProfile(eesId, EndPoint.ofUri("https://" + eesId + ":8543"),
                List.of("app-" + ees % easIds), "ecsp-1", null, List.of("dnai-" + ees % 7), List.of("EEC_INITIATED"),
                false, null, null, null, null);
        return new StoredRegistration(id, eesId, new EESRegistration(profile, EXPIRY, null));
    }

    private static String row(String store, int size, Figures figures, long bytes) {
        return String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.0f µs | %.0f µs | %.1f MB |%n", store, size,
                figures.registrationsPerSecond(), figures.p50Nanos() / 1e3, figures.p99Nanos() / 1e3, bytes / 1e6);
    }

    /** Heap in use once the collector has run: a rough but repeatable measure of what a store retains. */
    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long redisUsedMemory(RedisTestClient redis) {
        return redis.command("INFO", "memory").toString().lines().filter(line -> line.startsWith("used_memory:"))
                .map(line -> Long.parseLong(line.substring("used_memory:".length()).strip())).findFirst().orElse(0L);
    }
}
