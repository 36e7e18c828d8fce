package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.558 TopologicalServiceArea. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopologicalServiceArea(
        @Size(min = 1) List<@NotNull @Valid Ecgi> ecgis,
        @Size(min = 1) List<@NotNull @Valid Ncgi> ncgis,
        @Size(min = 1) List<@NotNull @Valid Tai> tais,
        @Size(min = 1) List<@NotNull @Valid PlmnId> plmnIds) {
}
