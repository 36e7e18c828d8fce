package org.edgeauth.ecs.ratelimit;

import static io.restassured.RestAssured.given;
import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.COLLECTION;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.contract.ratelimit.RefusalLogSampler;
import org.edgeauth.ecs.security.AccessLog;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.pki.logs.CapturedLogs;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Per-client rate limit over real mTLS. A bucket of 3 refilling once every 100 s: the 4th request of a client in a
 * test is always over, however slowly the machine runs the test. The audit log interval is the default (1 s).
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

    @Test
    void aFloodIsAuditedOnceAnIntervalAndEveryRefusalCounted() throws InterruptedException {
        Duration interval = ConfigProvider.getConfig().getValue("edgeauth.ecs.rate-limit.log-interval",
                Duration.class);
        EesClient ees = EesClient.newEes("flood-audited");
        String who = ees.eesId() + "/" + ees.instanceId();
        double before = refusals();
        int flood = 15;

        List<CapturedLogs.Line> lines;
        long floodNanos;
        try (CapturedLogs logs = CapturedLogs.install()) {
            // Refusals other than the rate limit's are the audit trail, a line each; these three spend the bucket.
            for (int i = 0; i < 3; i++) {
                assertProblem(ees.request().get(DISCOVERY), 401, "TOKEN_MISSING");
            }
            long start = System.nanoTime();
            for (int i = 0; i < flood; i++) {
                assertProblem(discover(ees, "app"), 429, "NF_CONGESTION_RISK");
            }
            floodNanos = System.nanoTime() - start;
            Thread.sleep(interval.toMillis());
            assertProblem(discover(ees, "app"), 429, "NF_CONGESTION_RISK"); // due: says how many were left out
            lines = logs.of(AccessLog.CATEGORY).stream().filter(line -> who.equals(line.mdc().get("who"))).toList();
        }

        assertEquals(3, lines.stream().filter(line -> "TOKEN_MISSING".equals(line.mdc().get("cause"))).count(),
                () -> "one line per token refusal: " + lines);
        List<CapturedLogs.Line> limited = lines.stream()
                .filter(line -> "NF_CONGESTION_RISK".equals(line.mdc().get("cause"))).toList();
        long allowed = floodNanos / interval.toNanos() + 2; // one a started interval, and the one after the pause
        assertTrue(limited.size() <= allowed && limited.size() < flood,
                () -> limited.size() + " lines for " + (flood + 1) + " refusals in " + floodNanos / 1_000_000
                        + " ms, at most " + allowed + " expected: " + limited);
        assertNull(limited.get(0).mdc().get(RefusalLogSampler.SUPPRESSED_FIELD), limited.get(0)::toString);
        assertEquals(List.of(), CapturedLogs.samplingFaults(limited, flood + 1, "refusals of this client"));
        assertEquals(before + flood + 1, refusals(), "the counter counts every refusal");
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
