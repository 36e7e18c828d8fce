package org.edgeauth.tokenissuer.token;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Token endpoint latency, from the request body to the signed token or the refusal:
 * {@code edgeauth.tokens.request.duration{outcome=issued|refused}}, a Prometheus histogram with fixed buckets
 * from 0.5 ms (one ES256 signature takes about that) to 1 s.
 */
@Singleton
public class TokenLatency {

    private static final Duration[] BUCKETS = { Duration.ofMillis(1).dividedBy(2), Duration.ofMillis(1),
            Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1) };

    private final Timer issued;
    private final Timer refused;

    TokenLatency(MeterRegistry registry) {
        this.issued = timer(registry, "issued");
        this.refused = timer(registry, "refused");
    }

    void issued(long startNanos) {
        issued.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    void refused(long startNanos) {
        refused.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("edgeauth.tokens.request.duration").description("Token endpoint latency, by outcome")
                .serviceLevelObjectives(BUCKETS).tag("outcome", outcome).register(registry);
    }
}
