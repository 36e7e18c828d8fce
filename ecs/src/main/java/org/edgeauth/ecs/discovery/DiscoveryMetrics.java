package org.edgeauth.ecs.discovery;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.edgeauth.ecs.http.OutcomeTag;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/**
 * Eecs_TargetEESDiscovery latency, from the raw query (parsing and validation included) to the assembled answer
 * (store lookup included; the access checks before it are not): {@code edgeauth.ecs.discovery.duration{outcome}}, a Prometheus histogram with
 * fixed buckets from 0.5 ms to 1 s (the store benchmark puts the in-memory store in microseconds and Redis in
 * fractions of a millisecond; anything beyond a second is an outage). Outcome {@code success}, or the
 * ProblemDetails cause ({@code no_matching_ees}, {@code invalid_param}, ...).
 */
@ApplicationScoped
public class DiscoveryMetrics {

    static final String METRIC = "edgeauth.ecs.discovery.duration";
    private static final Duration[] BUCKETS = { Duration.ofMillis(1).dividedBy(2), Duration.ofMillis(1),
            Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1) };

    private final MeterRegistry registry;

    DiscoveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Times {@code discovery} from subscription to its item or failure. */
    <T> Uni<T> timed(Uni<T> discovery) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return discovery.onItemOrFailure().invoke((item, failure) -> timer(
                    failure == null ? OutcomeTag.SUCCESS : OutcomeTag.of(failure))
                    .record(Duration.ofNanos(System.nanoTime() - start)));
        });
    }

    private Timer timer(String outcome) {
        return Timer.builder(METRIC).description("Eecs_TargetEESDiscovery latency, by outcome")
                .serviceLevelObjectives(BUCKETS).tag("outcome", outcome).register(registry);
    }
}
