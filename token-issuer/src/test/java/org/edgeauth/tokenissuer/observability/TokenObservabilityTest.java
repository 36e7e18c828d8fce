package org.edgeauth.tokenissuer.observability;

import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.edgeauth.pki.logs.CapturedLogs;
import org.edgeauth.tokenissuer.IssuerMetrics;
import org.edgeauth.tokenissuer.IssuerTestPki;
import org.edgeauth.tokenissuer.token.TokenAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Issued and refused tokens: counted by scope and error, timed, and audited with fields but never the token. */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class TokenObservabilityTest {

    private static final String BOTH = "eecs-eesregistration eecs-targeteesdiscovery";

    private CapturedLogs logs;

    @BeforeEach
    void capture() {
        logs = CapturedLogs.install();
    }

    @AfterEach
    void release() {
        logs.close();
    }

    @Test
    void issuedTokensAreCountedByScopeTimedAndAuditedWithTheirJti() throws Exception {
        double before = IssuerMetrics.issued(BOTH);
        double timed = IssuerMetrics.requests("issued");

        String token = tokenRequest(BOTH).post("/oauth2/token").then().statusCode(200).extract()
                .path("access_token");

        assertEquals(before + 1, IssuerMetrics.issued(BOTH));
        assertEquals(timed + 1, IssuerMetrics.requests("issued"));
        String jti = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .path("jti").asText();
        Map<String, String> fields = single().mdc();
        assertEquals(identity(EES).label(), fields.get("who"));
        assertEquals("issued", fields.get("outcome"));
        assertEquals(BOTH, fields.get("scope"));
        assertEquals(jti, fields.get("jti"));
        assertNoLineCarries(token);
    }

    @Test
    void refusalsAreCountedByErrorTimedAndAudited() {
        double before = IssuerMetrics.refused("invalid_scope");
        double timed = IssuerMetrics.requests("refused");

        tokenRequest("bad!scope").post("/oauth2/token").then().statusCode(400);

        assertEquals(before + 1, IssuerMetrics.refused("invalid_scope"));
        assertEquals(timed + 1, IssuerMetrics.requests("refused"));
        Map<String, String> fields = single().mdc();
        assertEquals(identity(EES).label(), fields.get("who"));
        assertEquals("refused", fields.get("outcome"));
        assertEquals("invalid_scope", fields.get("error"));
        assertEquals("400", fields.get("status"));
    }

    private CapturedLogs.Line single() {
        List<CapturedLogs.Line> audit = logs.of(TokenAudit.CATEGORY);
        assertEquals(1, audit.size(), () -> "one audit line per decision: " + audit);
        return audit.get(0);
    }

    private void assertNoLineCarries(String token) {
        String signature = token.substring(token.lastIndexOf('.') + 1);
        for (CapturedLogs.Line captured : logs.lines()) {
            String line = captured.message() + " " + captured.mdc();
            assertFalse(line.contains(token) || line.contains(signature),
                    () -> "a log line carries the token: " + line);
        }
    }

    private static RequestSpecification tokenRequest(String scope) {
        return as(EES).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("nfInstanceId", identity(EES).instanceId().toString())
                .formParam("scope", scope);
    }
}
