package org.edgeauth.contract.eecs;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TS 24.558 EESInfo: a target EES as discovery reports it. Filled from a stored EESProfile: eesId, endPt, easIds,
 * provId as ecspInfo, appLocs as dnais, svcContSupp as eesSvcContSupp, eecRegConf, easInstInfo as easInstInfos,
 * and the service area as a LocationArea5G.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EESInfo(String eesId, EndPoint endPt, List<String> easIds, String ecspInfo, LocationArea5G svcArea,
        List<String> dnais, List<String> eesSvcContSupp, Boolean eecRegConf, JsonNode easInstInfos,
        JsonNode eesAuthMethods) {
}
