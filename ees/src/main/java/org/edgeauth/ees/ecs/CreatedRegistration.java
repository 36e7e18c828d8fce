package org.edgeauth.ees.ecs;

import org.edgeauth.contract.eecs.EESRegistration;

/**
 * A registration the ECS accepted.
 *
 * @param registrationId from the {@code Location} header
 * @param registration   as granted: {@code expTime} is the granted expiry
 */
public record CreatedRegistration(String registrationId, EESRegistration registration) {
}
