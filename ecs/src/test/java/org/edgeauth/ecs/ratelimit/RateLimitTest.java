package org.edgeauth.ecs.ratelimit;

import static io.restassured.RestAssured.given;
import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.COLLECTION;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Per-client rate limit over real mTLS. A bucket of 3 refilling once every 100 s: the 4th request of a client in a
 * test is always over, however slowly the machine runs the test.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimit.class)
@WithTestResource(EcsTestEnvironment.class)
class RateLimitTest {

    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("edgeauth.ecs.rate-limit.rate", "0.01", "edgeauth.ecs.rate-limit.burst", "3");
        }
    }

    private static final String DISCOVERY = "/eecs-targeteesdiscovery/v1/ees-profiles";

    @Test
    void overTheBurstIs429WithRetryAfterAndNothingHappens() {
        EesClient ees = EesClient.newEes("flood");
        String easId = TestPki.unique("app");
        for (int i = 0; i < 3; i++) {
            discover(ees, easId).then().statusCode(404); // admitted: nobody serves easId yet
        }

        Response refused = ees.authorized().contentType(ContentType.JSON).body(registration(ees.eesId(), easId))
                .post(COLLECTION);

        assertProblem(refused, 429, "NF_CONGESTION_RISK").body("detail", containsString("rate limit"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 100, "one token every 100 s: " + retryAfter);
        EesClient observer = EesClient.newEes("observer");
        discover(observer, easId).then().statusCode(404).body("cause", equalTo("NO_MATCHING_EES"));
    }

    @Test
    void theLimitIsCheckedBeforeTheToken() {
        EesClient ees = EesClient.newEes("tokenless");
        for (int i = 0; i < 3; i++) {
            assertProblem(ees.request().get(DISCOVERY), 401, "TOKEN_MISSING");
        }

        assertProblem(ees.request().header("Authorization", "Bearer not-a-token").get(DISCOVERY), 429,
                "NF_CONGESTION_RISK");
    }

    @Test
    void eachClientHasItsOwnBudget() {
        EesClient flooding = EesClient.newEes("flooding");
        for (int i = 0; i < 4; i++) {
            discover(flooding, "app");
        }
        assertProblem(discover(flooding, "app"), 429, "NF_CONGESTION_RISK");

        EesClient quiet = EesClient.newEes("quiet");
        discover(quiet, TestPki.unique("app")).then().statusCode(404).body("cause", equalTo("NO_MATCHING_EES"));
    }

    @Test
    void refusalsAreCountedByCause() {
        double before = refusals();
        EesClient ees = EesClient.newEes("counted");
        for (int i = 0; i < 5; i++) {
            discover(ees, "app");
        }

        assertEquals(before + 2, refusals());
    }

    private static Response discover(EesClient ees, String easId) {
        return ees.authorized().queryParam("ees-id", ees.eesId()).queryParam("eas-id", easId).get(DISCOVERY);
    }

    private static double refusals() {
        int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        String metrics = given().baseUri("http://127.0.0.1:" + port).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher line = Pattern.compile("^edgeauth_ecs_access_decisions_total\\{([^}]*)\\} ([0-9.Ee+-]+)$",
                Pattern.MULTILINE).matcher(metrics);
        // One series per API (and "none"): the refusals of every API count.
        double sum = 0;
        while (line.find()) {
            if (line.group(1).contains("cause=\"nf_congestion_risk\"")) {
                assertTrue(line.group(1).contains("outcome=\"denied\""));
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
