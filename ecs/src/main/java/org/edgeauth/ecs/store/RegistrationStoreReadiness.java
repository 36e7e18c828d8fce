package org.edgeauth.ecs.store;

import jakarta.enterprise.context.ApplicationScoped;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.config.EcsConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness follows the registration store: an ECS replica whose Redis is unreachable answers every API call with
 * 503, so it should get no traffic until Redis is back (it then turns UP again by itself).
 */
@Readiness
@ApplicationScoped
public class RegistrationStoreReadiness implements AsyncHealthCheck {

    private static final String NAME = "registration-store";

    private final RegistrationStore store;
    private final String kind;

    RegistrationStoreReadiness(RegistrationStore store, EcsConfig config) {
        this.store = store;
        this.kind = config.store().name().toLowerCase();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return store.checkAvailable()
                .map(ignored -> HealthCheckResponse.named(NAME).up().withData("store", kind).build())
                .onFailure().recoverWithItem(() -> HealthCheckResponse.named(NAME).down().withData("store", kind)
                        .withData("cause", ProblemCause.STORE_UNAVAILABLE).build());
    }
}
