package org.edgeauth.tokenissuer.keys;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means a signing key is in force. {@link SigningKeys} refuses to start without one and never drops the
 * last good one, so the check reports which keys are in force and whether re-reading the key files fails.
 */
@Readiness
@Singleton
public class SigningKeyReadiness implements HealthCheck {

    @Inject
    SigningKeys keys;

    @Override
    public HealthCheckResponse call() {
        KeyRing ring = keys.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("signing-key").up()
                .withData("activeKid", ring.active().kid())
                .withData("publishedKids", String.join(" ", ring.publishedKids()));
        keys.reloadFailure().ifPresent(failure -> response.withData("reloadFailure", failure));
        return response.build();
    }
}
