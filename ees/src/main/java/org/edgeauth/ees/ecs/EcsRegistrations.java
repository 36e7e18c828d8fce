package org.edgeauth.ees.ecs;

import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;

import io.smallrye.mutiny.Uni;

/**
 * Eecs_EESRegistration as the registration keeper needs it. Failures are {@link EcsRejectedException} (the ECS
 * refused) or {@link EcsUnavailableException} (it could not be used); the fault-tolerance layer may add its own
 * (timeout, open circuit).
 */
public interface EcsRegistrations {

    Uni<CreatedRegistration> register(EESRegistration registration);

    /** An RFC 7396 merge patch; the answer carries the granted {@code expTime}. */
    Uni<EESRegistration> modify(String registrationId, EESRegistrationPatch patch);

    Uni<Void> deregister(String registrationId);
}
