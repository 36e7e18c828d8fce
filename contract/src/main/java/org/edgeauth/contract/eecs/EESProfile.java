package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TS 29.558 EESProfile. Unknown attributes are tolerated (3GPP extensibility) and dropped; the Rel-18 structures
 * EdgeAuth does not interpret ({@code easBdlInfos}, {@code easInstInfo}, {@code svcContSuppExt1}) are kept as
 * received JSON.
 *
 * @param eesId       EES ID, an FQDN; must be the eesId (SAN dNSName) of the registering EES's certificate
 * @param svcContSupp ACRScenario values (an extensible enumeration: EEC_INITIATED, EEC_EXECUTED_VIA_SOURCE_EES,
 *                    EEC_EXECUTED_VIA_TARGET_EES, SOURCE_EAS_DECIDED, SOURCE_EES_EXECUTED, EEL_MANAGED_ACR, ...)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EESProfile(
        @NotNull @Size(min = Formats.FQDN_MIN, max = Formats.FQDN_MAX) @Pattern(regexp = Formats.FQDN) String eesId,
        @NotNull @Valid EndPoint endPt,
        @Size(min = 1) List<@NotNull @Size(min = 1, max = Formats.IDENTIFIER_MAX) String> easIds,
        @Size(min = 1, max = Formats.IDENTIFIER_MAX) String provId,
        @Valid ServiceArea svcArea,
        @Size(min = 1) List<@NotNull @Pattern(regexp = Formats.DNAI) String> appLocs,
        @Size(min = 1) List<@NotNull @Size(min = 1, max = Formats.IDENTIFIER_MAX) String> svcContSupp,
        @NotNull Boolean eecRegConf,
        @Size(min = 1) List<@NotNull @Valid EdnInfo> ednInfoSets,
        JsonNode easBdlInfos,
        JsonNode easInstInfo,
        JsonNode svcContSuppExt1) {
}
