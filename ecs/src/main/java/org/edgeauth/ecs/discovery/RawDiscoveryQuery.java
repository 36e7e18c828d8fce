package org.edgeauth.ecs.discovery;

import java.util.List;

/** The query parameters of GET /ees-profiles exactly as received, before any validation. */
public record RawDiscoveryQuery(String eesId, String easId, String targetDnai, String ueId, String ueLocation,
        List<String> eecSrvContSupp, List<String> acSvcContSupp, String bdlId, String bdlType, String ensInd,
        String appGrpId) {
}
