package org.edgeauth.ees.discovery;

import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.contract.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A discovery question to this EES, checked before it goes to the ECS: the EAS id is required, the UE location
 * must be a JSON-encoded LocationArea5G (TS 29.122). The ECS judges the values themselves.
 *
 * @param ueLocation the location re-encoded as the ECS expects it, or null
 */
record TargetEesQuery(String easId, String targetDnai, String ueLocation) {

    static TargetEesQuery of(String easId, String targetDnai, String ueLocation, ObjectMapper json) {
        if (easId == null || easId.isBlank()) {
            throw ProblemException.invalid(TargetEesDiscoveryApi.EAS_ID, "required");
        }
        return new TargetEesQuery(easId, blankToNull(targetDnai), location(ueLocation, json));
    }

    private static String location(String text, ObjectMapper json) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.writeValueAsString(json.readValue(text, LocationArea5G.class));
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(TargetEesDiscoveryApi.UE_LOCATION,
                    "not a JSON-encoded LocationArea5G: " + e.getOriginalMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
