package org.edgeauth.contract.eecs;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TS 29.558 EESRegistration.
 *
 * @param expTime in a request the expiry the EES proposes, in a response the one the ECS granted (RFC 3339)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EESRegistration(@NotNull @Valid EESProfile eesProf, Instant expTime,
        @Pattern(regexp = Formats.SUPPORTED_FEATURES) String suppFeat) {

    public EESRegistration withExpTime(Instant granted) {
        return new EESRegistration(eesProf, granted, suppFeat);
    }
}
