package org.edgeauth.tokenissuer.token;

import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.IssuerTestPki.LIMITED;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

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
 * client is always over, however slowly the machine runs the test.
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

    private static Response request(String client) {
        return as(client).contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("nfInstanceId", identity(client).instanceId().toString())
                .formParam("scope", "eecs-eesregistration").post("/oauth2/token");
    }
}
