package org.edgeauth.ecs.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.edgeauth.ecs.config.EcsConfig;
import org.edgeauth.ecs.store.RegistrationStore;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Benchmark-only: fills the registration store at start with {@code edgeauth.bench.seed-registrations} synthetic
 * registrations ({@link SyntheticRegistrations}), so that bench/scaling.sh can measure discovery over HTTPS at
 * 100k registrations without 100k EES certificates. Like {@code security.MtlsOnlyBenchmark} (whose start-up check
 * stops this jar under any profile but {@code bench}) it exists only in a jar built with
 * {@code -Dquarkus.profile=bench}; in every other build the key is read by nothing.
 */
@IfBuildProfile("bench")
@Singleton
public class RegistrationSeeder {

    private static final Logger LOG = Logger.getLogger(RegistrationSeeder.class);
    private static final int IN_FLIGHT = 64;

    void seed(@Observes StartupEvent start, RegistrationStore store, Clock clock, EcsConfig config,
            @ConfigProperty(name = "edgeauth.bench.seed-registrations", defaultValue = "0") int count)
            throws InterruptedException {
        if (count <= 0) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        fill(store, new SyntheticRegistrations(count, now.plus(config.registration().maxLifetime())), now);
        LOG.warnf("BENCHMARK BUILD: seeded %d synthetic registrations in %d ms", count,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Writes every synthetic registration, {@value #IN_FLIGHT} at a time; fails on the first failed write. */
    static void fill(RegistrationStore store, SyntheticRegistrations seeds, Instant now) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < seeds.count() && failure.get() == null; i++) {
            slots.acquire();
            store.putReplacingOwner(seeds.registration(i), now).subscribe().with(ignored -> slots.release(), error -> {
                failure.compareAndSet(null, error);
                slots.release();
            });
        }
        slots.acquire(IN_FLIGHT); // all writes done
        if (failure.get() != null) {
            throw new IllegalStateException("seeding the registration store failed", failure.get());
        }
    }
}
