package org.edgeauth.contract.eecs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.571 PlmnId. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlmnId(@NotNull @Pattern(regexp = Formats.MCC) String mcc, @NotNull @Pattern(regexp = Formats.MNC) String mnc) {
}
