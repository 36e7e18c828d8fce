package org.edgeauth.tokenissuer.keys;

import static io.restassured.RestAssured.given;
import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.TestClients.anonymous;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.edgeauth.tokenissuer.IssuerMetrics;
import org.edgeauth.tokenissuer.IssuerTestPki;
import org.edgeauth.tokenissuer.TestClients;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Health and metrics live on the plain-HTTP management port, not on the HTTPS API port. */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class ManagementInterfaceTest {

    @Test
    void readyWithTheActiveSigningKey() {
        given().baseUri(TestClients.managementUri()).get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("signing-key"))
                .body("checks.find { it.name == 'signing-key' }.data.activeKid",
                        equalTo(KeysEndpointTest.kid("active.pub")));
    }

    @Test
    void live() {
        given().baseUri(TestClients.managementUri()).get("/q/health/live").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void countsIssuedTokens() {
        double before = IssuerMetrics.issued();

        as(EES).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("nfInstanceId", identity(EES).instanceId().toString())
                .formParam("scope", "eecs-eesregistration")
                .post("/oauth2/token").then().statusCode(200);

        assertEquals(before + 1, IssuerMetrics.issued());
        given().baseUri(TestClients.managementUri()).get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("# TYPE edgeauth_tokens_issued counter"));
    }

    @Test
    void healthIsNotServedOnTheApiPort() {
        anonymous().get("/q/health/ready").then().statusCode(404);
    }
}
