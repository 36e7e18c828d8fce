package org.edgeauth.ees.discovery;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.edgeauth.contract.eecs.JsonReadLimits;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The EES reads peers' JSON under contract's JsonReadLimits: its callers' queries and the ECS's answers. */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class JsonLimitsTest {

    private static final String TARGET_EES = "/ees/v1/target-ees";
    private static final String DEEP = "[".repeat(JsonReadLimits.MAX_NESTING_DEPTH + 1)
            + "]".repeat(JsonReadLimits.MAX_NESTING_DEPTH + 1);

    private static final String UE_IN_TAI_2 =
            "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"000002\"}]}}";
    private static final String ANSWER = "{\"ednCnfgInfo\":[{\"ednConInfo\":{\"dnn\":\"internet\"},"
            + "\"eess\":[{\"eesId\":\"ees-2.edge.test\",\"endPt\":{\"uri\":\"https://localhost:8553\"},"
            + "\"easIds\":[\"demo-eas\"],\"eecRegConf\":false}],\"lifeTime\":\"2026-11-29T13:00:00Z\"}]}";

    FakeEcs ecs;

    @AfterEach
    void reset() {
        ecs.reset();
    }

    @Test
    void aTooDeepUeLocationIsRefusedWithoutAskingTheEcs() {
        int before = ecs.discoveryRequests().size();

        // Valid but for an unknown attribute nested too deep: without the limit it would be ignored and passed on.
        EesApi.asEec().queryParam("eas-id", "demo-eas").queryParam("ue-location", UE_IN_TAI_2.replace("}}",
                "}, \"extra\": " + DEEP + "}")).get(TARGET_EES).then().statusCode(400)
                .contentType(ProblemDetails.MEDIA_TYPE).body("invalidParams[0].param", equalTo("ue-location"));

        assertEquals(before, ecs.discoveryRequests().size());
    }

    @Test
    void aTooDeepAnswerFromTheEcsIsAnEcsFailureNotAnInternalError() {
        // A valid answer but for an unknown attribute nested too deep (ignored, were there no limit).
        String answer = ANSWER.replace("\"eecRegConf\":false", "\"eecRegConf\":false,\"extra\":" + DEEP);
        for (int i = 0; i < 3; i++) { // the first try and the client's two retries
            ecs.answerNextDiscovery(200, answer);
        }

        Response response = EesApi.asEec().queryParam("eas-id", "demo-eas").get(TARGET_EES);

        response.then().log().ifValidationFails().contentType(ProblemDetails.MEDIA_TYPE);
        assertTrue(response.statusCode() == 502 || response.statusCode() == 503, response::asString);
        assertFalse(response.asString().contains("Exception"), response.asString());
    }
}
