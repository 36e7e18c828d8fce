package org.edgeauth.ees.registration;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The last failure of the keeper.
 *
 * @param cause the ECS's ProblemDetails cause, or what the EES made of the failure (ECS_UNAVAILABLE, ...)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationError(Instant at, String message, String cause) {
}
