package org.edgeauth.ecs.discovery;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.profile;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Eecs_TargetEESDiscovery end to end: a source EES asks which other EESs serve its application, narrowed by
 * DNAI and UE location, grouped by DNN.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class DiscoveryApiTest {

    private static final String PROFILES = "/eecs-targeteesdiscovery/v1/ees-profiles";
    private static final Map<String, Object> PLMN = Map.of("mcc", "001", "mnc", "01");
    private static final String TAI_LOCATION = "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},"
            + "\"tac\":\"00AA\"}]}}";

    private String easId;
    private EesClient source;
    private EesClient cellular;
    private EesClient campus;
    private EesClient city;
    private String campusExpiry;

    /** Three target EESs for one application: by tracking area, by polygon, by circle; and the source EES. */
    @BeforeEach
    void registerEess() {
        easId = TestPki.unique("app");
        source = EesClient.newEes("source");
        register(source, easId);

        cellular = EesClient.newEes("cellular");
        Map<String, Object> cellularProfile = profile(cellular.eesId(), easId);
        cellularProfile.put("appLocs", List.of("dnai-1"));
        cellularProfile.put("ednInfoSets", List.of(Map.of("dnn", "ims", "dnais", List.of("dnai-1"))));
        cellularProfile.put("svcArea", Map.of("topServAr",
                Map.of("tais", List.of(Map.of("plmnId", PLMN, "tac", "00aa")))));
        register(cellular, registration(cellularProfile));

        campus = EesClient.newEes("campus");
        Map<String, Object> campusProfile = profile(campus.eesId(), easId, "other-app");
        campusProfile.put("ednInfoSets", List.of(Map.of("dnn", "enterprise", "dnais", List.of("dnai-2"))));
        campusProfile.put("svcArea", Map.of("geoServAr", Map.of("geoArs", List.of(Map.of("shape", "POLYGON",
                "pointList", List.of(at(48.70, 2.10), at(48.70, 2.30), at(48.80, 2.30), at(48.80, 2.10)))))));
        campusExpiry = campus.authorized().get(register(campus, registration(campusProfile))).path("expTime");

        city = EesClient.newEes("city");
        Map<String, Object> cityProfile = profile(city.eesId(), easId);
        cityProfile.put("svcArea", Map.of("geoServAr", Map.of("geoArs", List.of(Map.of("shape",
                "POINT_UNCERTAINTY_CIRCLE", "point", at(48.8566, 2.3522), "uncertainty", 10_000)))));
        register(city, registration(cityProfile));
    }

    @Test
    void findsEveryOtherEesServingTheApplicationGroupedByDnn() {
        discover(source.authorized())
                .then().log().ifValidationFails().statusCode(200)
                .body("ednCnfgInfo.ednConInfo.dnn", contains("enterprise", "ims", "internet"))
                .body("ednCnfgInfo[0].eess.eesId", contains(campus.eesId()))
                .body("ednCnfgInfo[1].eess.eesId", contains(cellular.eesId()))
                .body("ednCnfgInfo[2].eess.eesId", contains(city.eesId()))
                .body("ednCnfgInfo[1].eess[0].endPt.uri", equalTo("https://" + cellular.eesId() + ":8543"))
                .body("ednCnfgInfo[1].eess[0].dnais", contains("dnai-1"))
                .body("ednCnfgInfo[1].eess[0].eecRegConf", equalTo(false))
                .body("ednCnfgInfo[1].eess[0].svcArea.nwAreaInfo.tais[0].tac", equalTo("00aa"))
                .body("ednCnfgInfo[0].eess[0].easIds", containsInAnyOrder(easId, "other-app"))
                .body("ednCnfgInfo[0].lifeTime", equalTo(campusExpiry));
    }

    @Test
    void targetDnaiNarrowsTheAnswer() {
        discover(source.authorized().queryParam("target-dnai", "dnai-2"))
                .then().statusCode(200).body("ednCnfgInfo", hasSize(1))
                .body("ednCnfgInfo[0].eess.eesId", contains(campus.eesId()));
    }

    @Test
    void ueTrackingAreaNarrowsTheAnswer() {
        discover(source.authorized().queryParam("ue-location", TAI_LOCATION))
                .then().statusCode(200).body("ednCnfgInfo.eess.eesId.flatten()", contains(cellular.eesId()));
    }

    @Test
    void ueGeographicLocationNarrowsTheAnswer() {
        String inCampus = "{\"geographicAreas\":[{\"shape\":\"POINT\",\"point\":{\"lon\":2.2,\"lat\":48.75}}]}";
        String inCity = "{\"geographicAreas\":[{\"shape\":\"POINT_UNCERTAINTY_CIRCLE\","
                + "\"point\":{\"lon\":2.3522,\"lat\":48.8566},\"uncertainty\":2000}]}";

        discover(source.authorized().queryParam("ue-location", inCampus))
                .then().statusCode(200).body("ednCnfgInfo.eess.eesId.flatten()", contains(campus.eesId()));
        discover(source.authorized().queryParam("ue-location", inCity))
                .then().statusCode(200).body("ednCnfgInfo.eess.eesId.flatten()", contains(city.eesId()));
    }

    @Test
    void nothingMatchingIsA404() {
        assertProblem(discover(source.authorized().queryParam("target-dnai", "dnai-9")), 404, "NO_MATCHING_EES");
        assertProblem(source.authorized().queryParam("ees-id", source.eesId())
                .queryParam("eas-id", TestPki.unique("unknown")).get(PROFILES), 404, "NO_MATCHING_EES");
    }

    @Test
    void theRequesterMustAskInItsOwnName() {
        assertProblem(source.authorized().queryParam("ees-id", cellular.eesId()).queryParam("eas-id", easId)
                .get(PROFILES), 403, "EES_ID_MISMATCH");
    }

    @Test
    void rel18ParametersAreAccepted() {
        discover(source.authorized().queryParam("ue-id", "msisdn-33612345678")
                .queryParam("eec-srv-cont-supp", "EEC_INITIATED").queryParam("eec-srv-cont-supp", "SOURCE_EAS_DECIDED")
                .queryParam("ac-svc-cont-supp", "EEC_INITIATED").queryParam("bdl-id", "bundle-1")
                .queryParam("bdl-type", "TYPE_1").queryParam("ens-ind", "true").queryParam("app-grp-id", "group-1"))
                .then().statusCode(200);
    }

    @Test
    void invalidParametersAreNamed() {
        assertProblem(source.authorized().get(PROFILES), 400, "INVALID_REQUEST")
                .body("invalidParams.param", contains("ees-id", "eas-id"));
        assertProblem(discover(source.authorized().queryParam("ue-location", "{\"geographicAreas\":[{\"shape\":"
                + "\"POINT\",\"point\":{\"lon\":1,\"lat\":91}}]}").queryParam("ens-ind", "maybe")), 400,
                "INVALID_REQUEST")
                .body("invalidParams.param", contains("ue-location.geographicAreas[0].point.lat", "ens-ind"));
    }

    private Response discover(RequestSpecification request) {
        return request.queryParam("ees-id", source.eesId()).queryParam("eas-id", easId).get(PROFILES);
    }

    private static Map<String, Object> at(double lat, double lon) {
        return Map.of("lat", lat, "lon", lon);
    }
}
