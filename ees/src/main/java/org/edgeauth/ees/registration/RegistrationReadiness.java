package org.edgeauth.ees.registration;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while registered at the ECS: an unregistered EES cannot be discovered, so it should get no traffic. */
@Readiness
@Singleton
public class RegistrationReadiness implements HealthCheck {

    private final RegistrationKeeper keeper;

    RegistrationReadiness(RegistrationKeeper keeper) {
        this.keeper = keeper;
    }

    @Override
    public HealthCheckResponse call() {
        RegistrationStatus status = keeper.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("ECS registration")
                .status(status.registered())
                .withData("state", status.state().name());
        if (status.registrationId() != null) {
            response.withData("registrationId", status.registrationId());
        }
        if (status.grantedExpTime() != null) {
            response.withData("grantedExpTime", status.grantedExpTime().toString());
        }
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError().message());
        }
        return response.build();
    }
}
