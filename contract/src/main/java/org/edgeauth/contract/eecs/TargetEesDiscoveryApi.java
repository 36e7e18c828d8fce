package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/**
 * Eecs_TargetEESDiscovery (TS 29.558, spec-notes.md section 3): a source EES asks the ECS which EESs can serve an
 * application. The ECS implements this interface; the EES uses it as a MicroProfile REST client.
 * <p>
 * Parameters are plain strings on purpose: the ECS validates them itself so that a malformed value is a 400 naming
 * the parameter (a JAX-RS conversion failure would be a bare 404). {@code ue-location} is a JSON-encoded
 * {@link LocationArea5G}; the list parameters repeat ({@code ?eec-srv-cont-supp=A&eec-srv-cont-supp=B}).
 */
@Path(TargetEesDiscoveryApi.BASE_PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eecs_TargetEESDiscovery")
public interface TargetEesDiscoveryApi {

    String BASE_PATH = "/eecs-targeteesdiscovery/v1";
    String EES_PROFILES = "/ees-profiles";

    String EES_ID = "ees-id";
    String EAS_ID = "eas-id";
    String TARGET_DNAI = "target-dnai";
    String UE_ID = "ue-id";
    String UE_LOCATION = "ue-location";
    String EEC_SRV_CONT_SUPP = "eec-srv-cont-supp";
    String AC_SVC_CONT_SUPP = "ac-svc-cont-supp";
    String BDL_ID = "bdl-id";
    String BDL_TYPE = "bdl-type";
    String ENS_IND = "ens-ind";
    String APP_GRP_ID = "app-grp-id";

    @GET
    @Path(EES_PROFILES)
    @Operation(operationId = "GetEESProfiles", summary = "Discover target EESs")
    @APIResponse(responseCode = "200", description = "The EDN configuration and the target EESs, grouped by DNN")
    Uni<ECSServProvResp> getEesProfiles(
            @Parameter(required = true, description = "EES ID of the requesting (source) EES")
            @QueryParam(EES_ID) String eesId,
            @Parameter(required = true, description = "Application id of the source EAS") @QueryParam(EAS_ID) String easId,
            @QueryParam(TARGET_DNAI) String targetDnai,
            @Parameter(description = "GPSI of the UE") @QueryParam(UE_ID) String ueId,
            @Parameter(description = "JSON-encoded LocationArea5G") @QueryParam(UE_LOCATION) String ueLocation,
            @QueryParam(EEC_SRV_CONT_SUPP) List<String> eecSrvContSupp,
            @QueryParam(AC_SVC_CONT_SUPP) List<String> acSvcContSupp,
            @QueryParam(BDL_ID) String bdlId,
            @QueryParam(BDL_TYPE) String bdlType,
            @Parameter(description = "true or false") @QueryParam(ENS_IND) String ensInd,
            @QueryParam(APP_GRP_ID) String appGrpId);
}
