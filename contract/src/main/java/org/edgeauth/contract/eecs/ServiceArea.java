package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.558 ServiceArea of an EES: topological and/or geographical. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceArea(@Valid TopologicalServiceArea topServAr, @Valid GeographicalServiceArea geoServAr) {
}
