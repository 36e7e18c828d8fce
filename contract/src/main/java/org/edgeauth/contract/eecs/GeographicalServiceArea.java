package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.558 GeographicalServiceArea. Civic addresses (TS 29.572 CivicAddress) are kept as received. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GeographicalServiceArea(
        @Size(min = 1) List<@NotNull @Valid GeographicArea> geoArs,
        @Size(min = 1) List<@NotNull JsonNode> civicAddrs) {
}
