package org.edgeauth.ees.discovery;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** {@code GET /ees/v1/target-ees}: the question goes to the ECS under this EES's own ID, the answer comes back. */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class TargetEesDiscoveryTest {

    private static final String TARGET_EES = "/ees/v1/target-ees";
    private static final String UE_IN_TAI_2 =
            "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"000002\"}]}}";
    private static final String ANSWER = "{\"ednCnfgInfo\":[{\"ednConInfo\":{\"dnn\":\"internet\"},"
            + "\"eess\":[{\"eesId\":\"ees-2.edge.test\",\"endPt\":{\"uri\":\"https://localhost:8553\"},"
            + "\"easIds\":[\"demo-eas\"],\"dnais\":[\"dnai-east\"],\"eecRegConf\":false}],"
            + "\"lifeTime\":\"2026-11-29T13:00:00Z\"}]}";

    FakeEcs ecs;

    @AfterEach
    void reset() {
        ecs.reset();
    }

    @Test
    void asksTheEcsAsThisEesAndReturnsItsAnswer() {
        ecs.answerNextDiscovery(200, ANSWER);
        int before = ecs.discoveryRequests().size();

        String body = EesApi.asEec()
                .queryParam("eas-id", "demo-eas")
                .queryParam("target-dnai", "dnai-east")
                .queryParam("ue-location", UE_IN_TAI_2)
                .get(TARGET_EES).then().statusCode(200).contentType("application/json")
                .body("ednCnfgInfo[0].eess[0].eesId", equalTo("ees-2.edge.test"))
                .extract().asString();

        assertEquals(new JsonObject(ANSWER), new JsonObject(body));
        Recorded asked = ecs.discoveryRequests().get(before);
        assertEquals(EesTestEnvironment.EES_ID, asked.queryParam("ees-id"));
        assertEquals("demo-eas", asked.queryParam("eas-id"));
        assertEquals("dnai-east", asked.queryParam("target-dnai"));
        assertEquals(new JsonObject(UE_IN_TAI_2), new JsonObject(asked.queryParam("ue-location")));
        assertEquals(EesTestEnvironment.INSTANCE_ID, asked.client().instanceId());
        assertEquals("token-", asked.bearerToken().substring(0, 6));
    }

    @Test
    void noMatchKeepsTheEcsCause() {
        EesApi.asEec().queryParam("eas-id", "nobody-hosts-this")
                .get(TARGET_EES).then().statusCode(404).contentType(ProblemDetails.MEDIA_TYPE)
                .body("cause", equalTo(ProblemCause.NO_MATCHING_EES))
                .body("detail", equalTo("no EES serves this application"))
                .body("instance", equalTo(TARGET_EES));
    }

    @Test
    void aParameterTheEcsRefusesComesBackAsA400NamingIt() {
        ecs.answerNextDiscovery(400, "{\"status\":400,\"cause\":\"INVALID_REQUEST\",\"detail\":\"bad\","
                + "\"invalidParams\":[{\"param\":\"target-dnai\",\"reason\":\"not a DNAI\"}]}");

        EesApi.asEec().queryParam("eas-id", "demo-eas").queryParam("target-dnai", "no spaces allowed")
                .get(TARGET_EES).then().statusCode(400).contentType(ProblemDetails.MEDIA_TYPE)
                .body("cause", equalTo(ProblemCause.INVALID_REQUEST))
                .body("invalidParams[0].param", equalTo("target-dnai"));
    }

    @Test
    void aRefusalOfThisEesIsABadGatewayKeepingTheCause() {
        ecs.answerNextDiscovery(403, "{\"status\":403,\"cause\":\"EES_NOT_AUTHORIZED\",\"detail\":\"not in policy\"}");

        EesApi.asEec().queryParam("eas-id", "demo-eas")
                .get(TARGET_EES).then().statusCode(502).contentType(ProblemDetails.MEDIA_TYPE)
                .body("cause", equalTo(ProblemCause.EES_NOT_AUTHORIZED));
    }

    @Test
    void anEcsFailureIsABadGatewayKeepingTheCause() {
        // 503 is retried (twice): all three attempts fail the same way.
        for (int i = 0; i < 3; i++) {
            ecs.answerNextDiscovery(503, "{\"status\":503,\"cause\":\"SYSTEM_FAILURE\",\"detail\":\"store down\"}");
        }
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas")
                .get(TARGET_EES).then().statusCode(502)
                .body("cause", equalTo(ProblemCause.SYSTEM_FAILURE));
        assertEquals(before + 3, ecs.discoveryRequests().size(), "bounded retries");
    }

    @Test
    void aThrottledDiscoveryIsServiceUnavailableWithTheEcsRetryAfterAndNotRetriedAtOnce() {
        ecs.answerNextDiscovery(429, "{\"status\":429,\"cause\":\"NF_CONGESTION_RISK\",\"detail\":\"rate limit\"}",
                "2");
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas")
                .get(TARGET_EES).then().statusCode(503).contentType(ProblemDetails.MEDIA_TYPE)
                .header("Retry-After", "2")
                .body("status", equalTo(503))
                .body("cause", equalTo(ProblemCause.NF_CONGESTION_RISK))
                .body("detail", containsString("ECS answered 429"))
                .body("instance", equalTo(TARGET_EES));
        assertEquals(before + 1, ecs.discoveryRequests().size(), "no retry within the Retry-After");
    }

    @Test
    void anEcsServiceUnavailableWithRetryAfterIsPassedOnAndNotRetriedAtOnce() {
        ecs.answerNextDiscovery(503, "{\"status\":503,\"cause\":\"STORE_UNAVAILABLE\",\"detail\":\"store down\"}",
                "5");
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas")
                .get(TARGET_EES).then().statusCode(503).contentType(ProblemDetails.MEDIA_TYPE)
                .header("Retry-After", "5")
                .body("cause", equalTo(ProblemCause.STORE_UNAVAILABLE));
        assertEquals(before + 1, ecs.discoveryRequests().size());
    }

    @Test
    void aHugeRetryAfterReachesTheCallerCutToTheMaximum() {
        ecs.answerNextDiscovery(429, "{\"status\":429,\"cause\":\"NF_CONGESTION_RISK\"}", "86400");

        // edgeauth.ees.ecs.max-retry-after: PT5M
        EesApi.asEec().queryParam("eas-id", "demo-eas")
                .get(TARGET_EES).then().statusCode(503).header("Retry-After", "300");
    }

    @Test
    void anUnreadableRetryAfterCountsAsNone() {
        for (int i = 0; i < 3; i++) {
            ecs.answerNextDiscovery(503, "{\"status\":503,\"cause\":\"SYSTEM_FAILURE\"}", "-5");
        }
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas")
                .get(TARGET_EES).then().statusCode(502).header("Retry-After", nullValue())
                .body("cause", equalTo(ProblemCause.SYSTEM_FAILURE));
        assertEquals(before + 3, ecs.discoveryRequests().size(), "retried as a 503 without Retry-After is");
    }

    @Test
    void theEasIdIsRequiredAndNothingIsAsked() {
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().get(TARGET_EES).then().statusCode(400).contentType(ProblemDetails.MEDIA_TYPE)
                .body("cause", equalTo(ProblemCause.INVALID_REQUEST))
                .body("invalidParams[0].param", equalTo("eas-id"));
        assertEquals(before, ecs.discoveryRequests().size());
    }

    @Test
    void aMalformedUeLocationIsRefusedAndNothingIsAsked() {
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas").queryParam("ue-location", "{\"nwAreaInfo\":")
                .get(TARGET_EES).then().statusCode(400)
                .body("invalidParams[0].param", equalTo("ue-location"));
        assertEquals(before, ecs.discoveryRequests().size());
    }

    @Test
    void unknownPathsAnswerProblemDetails() {
        EesApi.asEec().get("/ees/v1/nothing-here").then().statusCode(404).contentType(ProblemDetails.MEDIA_TYPE)
                .body("cause", equalTo(ProblemCause.RESOURCE_NOT_FOUND));
    }
}
