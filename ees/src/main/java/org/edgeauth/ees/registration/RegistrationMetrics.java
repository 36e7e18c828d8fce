package org.edgeauth.ees.registration;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The registration keeper as metrics, read from the keeper at scrape time (nothing is recorded on its path):
 * <ul>
 * <li>{@code edgeauth.ees.registration.state{state}}: 1 for the state the keeper is in, 0 for the others (the
 * state {@code GET /ees/v1/registration} reports, so {@code lapsed} shows a registration that expired unrefreshed);
 * <li>{@code edgeauth.ees.registration.refreshes}: updates the ECS accepted;
 * <li>{@code edgeauth.ees.registration.reregistrations}: registrations after the first (the ECS had lost it).
 * </ul>
 */
@ApplicationScoped
public class RegistrationMetrics {

    void register(@Observes StartupEvent event, RegistrationKeeper keeper, MeterRegistry registry) {
        for (KeeperState state : KeeperState.values()) {
            Gauge.builder("edgeauth.ees.registration.state", keeper, k -> k.status().state() == state ? 1 : 0)
                    .description("Registration keeper state: 1 for the current one")
                    .tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
        }
        FunctionCounter.builder("edgeauth.ees.registration.refreshes", keeper, RegistrationKeeper::refreshes)
                .description("Registration updates the ECS accepted").register(registry);
        FunctionCounter.builder("edgeauth.ees.registration.reregistrations", keeper,
                RegistrationKeeper::reRegistrations)
                .description("Registrations made again after the ECS lost the registration").register(registry);
    }
}
