package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TS 29.122 LocationArea5G: the UE location of a discovery query ({@code ue-location}, JSON-encoded) and the
 * service area of an EESInfo. Civic addresses are carried as received, not interpreted.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LocationArea5G(
        @Size(min = 1) List<@NotNull @Valid GeographicArea> geographicAreas,
        @Size(min = 1) List<@NotNull JsonNode> civicAddresses,
        @Valid NetworkAreaInfo nwAreaInfo) {
}
