package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.571 Tai: tracking area identity. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tai(@NotNull @Valid PlmnId plmnId, @NotNull @Pattern(regexp = Formats.TAC) String tac,
        @Pattern(regexp = Formats.NID) String nid) {
}
