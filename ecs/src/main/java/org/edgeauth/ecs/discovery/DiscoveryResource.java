package org.edgeauth.ecs.discovery;

import java.util.List;

import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.ecs.security.CurrentCaller;

import io.smallrye.mutiny.Uni;

/** HTTP side of Eecs_TargetEESDiscovery; access checks ran in the security filter. */
public class DiscoveryResource implements TargetEesDiscoveryApi {

    private final DiscoveryService service;
    private final CurrentCaller caller;

    DiscoveryResource(DiscoveryService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @Override
    public Uni<ECSServProvResp> getEesProfiles(String eesId, String easId, String targetDnai, String ueId,
            String ueLocation, List<String> eecSrvContSupp, List<String> acSvcContSupp, String bdlId, String bdlType,
            String ensInd, String appGrpId) {
        return service.discover(caller.get(), new RawDiscoveryQuery(eesId, easId, targetDnai, ueId, ueLocation,
                orEmpty(eecSrvContSupp), orEmpty(acSvcContSupp), bdlId, bdlType, ensInd, appGrpId));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
