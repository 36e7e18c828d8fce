package org.edgeauth.ees.registration;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A snapshot of the registration keeper.
 *
 * @param registrationId     the ECS's id of this EES's registration, when there is one
 * @param grantedExpTime     the expiry the ECS granted last
 * @param nextAttempt        when the keeper next talks to the ECS (update or retry), when scheduled
 * @param consecutiveFailures failed attempts since the last success
 * @param lastError          the latest failure, kept after recovery for diagnosis ({@code at} tells when)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationStatus(KeeperState state, String registrationId, Instant grantedExpTime,
        Instant nextAttempt, int consecutiveFailures, RegistrationError lastError) {

    /** Ready to serve: registered and not lapsed. */
    @JsonIgnore
    public boolean registered() {
        return state == KeeperState.REGISTERED;
    }
}
