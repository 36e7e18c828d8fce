package org.edgeauth.tokenissuer.token;

import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.IssuerTestPki.LIMITED;
import static org.edgeauth.tokenissuer.IssuerTestPki.STRANGER;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.contract.ratelimit.RefusalLogSampler;
import org.edgeauth.pki.logs.CapturedLogs;
import org.edgeauth.tokenissuer.IssuerMetrics;
import org.edgeauth.tokenissuer.IssuerTestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Per-client rate limit at {@code /oauth2/token}. A bucket of 3 refilling once every 100 s: the 4th request of a
 * client is always over, however slowly the machine runs the test. The audit log interval is the default (1 s).
 */
@QuarkusTest
@TestProfile(TokenRateLimitTest.TightLimit.class)
@WithTestResource(IssuerTestPki.class)
class TokenRateLimitTest {

    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("edgeauth.issuer.rate-limit.rate", "0.01", "edgeauth.issuer.rate-limit.burst", "3");
        }
    }

    @Test
    void overTheBurstIs429WithRetryAfterNoTokenAndOtherClientsUnaffected() {
        for (int i = 0; i < 3; i++) {
            request(EES).then().statusCode(200);
        }
        double issued = IssuerMetrics.issued();
        double limited = IssuerMetrics.refused("invalid_request", 429);

        Response refused = request(EES);

        refused.then().log().ifValidationFails()
                .statusCode(429)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("error", equalTo("invalid_request"))
                .body("error_description", startsWith("rate limit exceeded: retry after "));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 100, "one token every 100 s: " + retryAfter);
        assertEquals(issued, IssuerMetrics.issued());
        assertEquals(limited + 1, IssuerMetrics.refused("invalid_request", 429));
        request(LIMITED).then().statusCode(200);
    }

    @Test
    void aFloodIsAuditedOnceAnIntervalAndEveryRefusalCounted() throws InterruptedException {
        Duration interval = ConfigProvider.getConfig().getValue("edgeauth.issuer.rate-limit.log-interval",
                Duration.class);
        String who = identity(STRANGER).label();
        double before = IssuerMetrics.refused("invalid_request", 429);
        int flood = 15;

        List<CapturedLogs.Line> lines;
        long floodNanos;
        try (CapturedLogs logs = CapturedLogs.install()) {
            // Refusals other than the rate limit's are the audit trail, a line each; these three spend the bucket.
            for (int i = 0; i < 3; i++) {
                request(STRANGER).then().statusCode(400).body("error", equalTo("invalid_client"));
            }
            long start = System.nanoTime();
            for (int i = 0; i < flood; i++) {
                request(STRANGER).then().statusCode(429);
            }
            floodNanos = System.nanoTime() - start;
            Thread.sleep(interval.toMillis());
            request(STRANGER).then().statusCode(429); // due: says how many were left out
            lines = logs.of(TokenAudit.CATEGORY).stream().filter(line -> who.equals(line.mdc().get("who"))).toList();
        }

        assertEquals(3, lines.stream().filter(line -> "400".equals(line.mdc().get("status"))).count(),
                () -> "one line per policy refusal: " + lines);
        List<CapturedLogs.Line> limited = lines.stream().filter(line -> "429".equals(line.mdc().get("status")))
                .toList();
        long allowed = floodNanos / interval.toNanos() + 2; // one a started interval, and the one after the pause
        assertTrue(limited.size() <= allowed && limited.size() < flood,
                () -> limited.size() + " lines for " + (flood + 1) + " refusals in " + floodNanos / 1_000_000
                        + " ms, at most " + allowed + " expected: " + limited);
        assertNull(limited.get(0).mdc().get(RefusalLogSampler.SUPPRESSED_FIELD), limited.get(0)::toString);
        assertEquals(List.of(), CapturedLogs.samplingFaults(limited, flood + 1, "refusals of this client"));
        assertEquals(before + flood + 1, IssuerMetrics.refused("invalid_request", 429),
                "the counter counts every refusal");
    }

    private static Response request(String client) {
        return as(client).contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("nfInstanceId", identity(client).instanceId().toString())
                .formParam("scope", "eecs-eesregistration").post("/oauth2/token");
    }
}
