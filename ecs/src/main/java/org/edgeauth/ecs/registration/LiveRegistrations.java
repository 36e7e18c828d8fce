package org.edgeauth.ecs.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.edgeauth.ecs.config.MetricsConfig;
import org.edgeauth.ecs.store.RegistrationStore;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The gauge {@code edgeauth.ecs.registrations.live}: registrations live in the store (all replicas' with Redis).
 * <p>
 * A scrape reads the last count; when that count is older than {@code edgeauth.ecs.metrics.live-count-max-age}
 * the scrape also starts one new count in the background (never more than one at a time). So a storm of scrapes
 * costs the store at most one count per max age, and a scrape never waits for Redis. The in-memory store counts
 * synchronously, so there the scrape that starts the count already sees its result.
 */
@ApplicationScoped
public class LiveRegistrations {

    static final String METRIC = "edgeauth.ecs.registrations.live";
    private static final Logger LOG = Logger.getLogger(LiveRegistrations.class);

    private final RegistrationStore store;
    private final Clock clock;
    private final MetricsConfig config;
    private final AtomicLong count = new AtomicLong();
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Instant countedAt = Instant.MIN;

    LiveRegistrations(RegistrationStore store, Clock clock, MetricsConfig config) {
        this.store = store;
        this.clock = clock;
        this.config = config;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder(METRIC, this, LiveRegistrations::value)
                .description("Registrations live in the store (refreshed at most every live-count-max-age)")
                .register(registry);
    }

    double value() {
        Instant now = clock.instant();
        if (!countedAt.plus(config.liveCountMaxAge()).isAfter(now) && counting.compareAndSet(false, true)) {
            store.countLive(now).subscribe().with(live -> {
                count.set(live);
                countedAt = now;
                counting.set(false);
            }, failure -> {
                // The store is down: keep the last count (readiness reports the outage) and try on a later scrape.
                LOG.debugf("live registration count failed: %s", failure.toString());
                countedAt = now;
                counting.set(false);
            });
        }
        return count.get();
    }
}
