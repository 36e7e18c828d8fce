package org.edgeauth.ees.ecs;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.FakeTokenIssuer;
import org.edgeauth.ees.support.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A 401 from the ECS costs one new token and one more try, never more; a refused token is not sent again. A 503
 * (the ECS cannot judge the token now) costs no token.
 */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class TokenRefreshTest {

    private static final String ANSWER = "{\"ednCnfgInfo\":[{\"eess\":[{\"eesId\":\"ees-2.edge.test\","
            + "\"eecRegConf\":false}]}]}";

    FakeEcs ecs;
    FakeTokenIssuer issuer;

    @BeforeEach
    void holdAnAcceptedToken() {
        // A token refused before (another test's) is never sent again: the count below starts from one in hand.
        EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(404);
    }

    @AfterEach
    void reset() {
        ecs.reset();
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheCallRepeated() {
        ecs.refuseNextDiscoveries(1);
        ecs.answerNextDiscovery(200, ANSWER);
        int tokens = issuer.issued();
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(200)
                .body("ednCnfgInfo[0].eess[0].eesId", equalTo("ees-2.edge.test"));

        List<Recorded> asked = ecs.discoveryRequests().subList(before, ecs.discoveryRequests().size());
        assertEquals(2, asked.size());
        assertNotEquals(asked.get(0).bearerToken(), asked.get(1).bearerToken(), "the second try has a new token");
        assertEquals(tokens + 1, issuer.issued());
    }

    @Test
    void aServiceUnavailableFromTheEcsKeepsTheToken() {
        // The ECS could not fetch the issuer's keys: the token was not judged, so it is not dropped (only a 401 is).
        ecs.answerNextDiscovery(503, "{\"status\":503,\"cause\":\"" + ProblemCause.TOKEN_KEYS_UNAVAILABLE
                + "\",\"detail\":\"the token issuer's keys cannot be fetched now\"}");
        ecs.answerNextDiscovery(200, ANSWER);
        int tokens = issuer.issued();
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(200)
                .body("ednCnfgInfo[0].eess[0].eesId", equalTo("ees-2.edge.test"));
        EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(404);

        List<Recorded> asked = ecs.discoveryRequests().subList(before, ecs.discoveryRequests().size());
        assertEquals(3, asked.size(), "the 503 was retried, then one more call");
        assertEquals(asked.get(0).bearerToken(), asked.get(1).bearerToken(), "the retry sends the same token");
        assertEquals(asked.get(0).bearerToken(), asked.get(2).bearerToken(), "and so does the next call");
        assertEquals(tokens, issuer.issued(), "no new token was asked for");
    }

    @Test
    void aSecondRefusalIsFinal() {
        ecs.refuseNextDiscoveries(5);
        int before = ecs.discoveryRequests().size();

        EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(502)
                .body("cause", equalTo(ProblemCause.TOKEN_INVALID));

        List<Recorded> asked = ecs.discoveryRequests().subList(before, ecs.discoveryRequests().size());
        assertEquals(2, asked.size());
        assertNotEquals(asked.get(0).bearerToken(), asked.get(1).bearerToken(), "the second try has a new token");
        // Not counted at the issuer: the refused new token is dropped too, and the keeper may fetch the next one.
    }
}
