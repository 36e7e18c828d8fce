package org.edgeauth.ees.discovery;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.edgeauth.contract.eecs.ECSServProvResp;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.ees.config.EesConfig;
import org.edgeauth.ees.ecs.EcsClient;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * {@code GET /ees/v1/target-ees?eas-id=..[&target-dnai=..][&ue-location=..]}: which EESs can serve an application
 * (and a UE location). This EES asks the ECS (Eecs_TargetEESDiscovery) as the source EES, under its own EES ID,
 * and returns the ECS's answer as it is; failures come back as ProblemDetails keeping the ECS's cause.
 */
@Path("/ees/v1/target-ees")
public class TargetEesResource {

    private final EcsClient ecs;
    private final String eesId;
    private final ObjectMapper json;

    TargetEesResource(EcsClient ecs, EesConfig config, ObjectMapper json) {
        this.ecs = ecs;
        this.eesId = config.profile().eesId();
        this.json = json;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ECSServProvResp> discover(@RestQuery(TargetEesDiscoveryApi.EAS_ID) String easId,
            @RestQuery(TargetEesDiscoveryApi.TARGET_DNAI) String targetDnai,
            @RestQuery(TargetEesDiscoveryApi.UE_LOCATION) String ueLocation) {
        TargetEesQuery query = TargetEesQuery.of(easId, targetDnai, ueLocation, json);
        return ecs.discover(eesId, query.easId(), query.targetDnai(), query.ueLocation());
    }
}
