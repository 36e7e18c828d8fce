package org.edgeauth.ecs.registration;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.edgeauth.ecs.http.OutcomeTag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Counts Eecs_EESRegistration operations by what came of them:
 * {@code edgeauth.ecs.registration.operations{operation=create|read|update|modify|delete, outcome}} with outcome
 * {@code success} or the ProblemDetails cause ({@link OutcomeTag}).
 */
@ApplicationScoped
public class RegistrationMetrics {

    static final String METRIC = "edgeauth.ecs.registration.operations";

    enum Operation {
        CREATE, READ, UPDATE, MODIFY, DELETE;

        final String tag = name().toLowerCase(Locale.ROOT);
    }

    private final MeterRegistry registry;

    RegistrationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code operation}, counted once when it completes: success or the cause it failed with. */
    <T> Uni<T> counted(Operation operation, Uni<T> result) {
        return result.onItemOrFailure().invoke((item, failure) -> counter(operation,
                failure == null ? OutcomeTag.SUCCESS : OutcomeTag.of(failure)).increment());
    }

    private Counter counter(Operation operation, String outcome) {
        return Counter.builder(METRIC).description("Eecs_EESRegistration operations, by operation and outcome")
                .tag("operation", operation.tag).tag("outcome", outcome).register(registry);
    }
}
