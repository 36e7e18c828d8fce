package org.edgeauth.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.path.json.JsonPath;

/**
 * The three packaged services as real processes on loopback, started by {@code ./edgeauth} exactly as a user
 * starts them: token issuer, ECS, ees-1 and ees-2 (config/local profiles: both host {@code demo-eas}, ees-2 serves
 * tracking area 000002). Registrations are kept short here so that refreshes happen within the test.
 * The steps build on each other and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeSixEndToEndTest {

    private static final int EES_1 = 8543;
    private static final Duration REGISTRATION = Duration.ofSeconds(15);
    private static final String UE_IN_EES_2_AREA =
            "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"000002\"}]}}";

    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = new LocalStack(Map.of(
                "EDGEAUTH_EES_PROFILE_PROPOSED_LIFETIME", REGISTRATION.toString(),
                // The ECS's JWKS cache runs out during the issuer outage below: it must keep the keys it had.
                "EDGEAUTH_ISSUER_JWKS_MAX_AGE", "PT2S",
                "EDGEAUTH_EES_REGISTRATION_RETRY_MAX_DELAY", "PT3S"));
        stack.up();
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void bothEessRegisterAtStart() {
        // 'up' returned only once every service was ready, and an EES is ready only when registered.
        assertEquals("REGISTERED", registration(EES_1).getString("state"));
        assertEquals("REGISTERED", registration(8553).getString("state"));
    }

    @Test
    @Order(2)
    void registrationIsRefreshedBeforeItLapses() {
        JsonPath first = registration(EES_1);
        await().atMost(REGISTRATION.multipliedBy(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath now = registration(EES_1);
            assertNotEquals(first.getString("grantedExpTime"), now.getString("grantedExpTime"));
            assertEquals(first.getString("registrationId"), now.getString("registrationId"));
            assertEquals("REGISTERED", now.getString("state"));
        });
    }

    @Test
    @Order(3)
    void ees1DiscoversEes2ForAUeInItsArea() {
        discoverFromEes1()
                .statusCode(200)
                .body("ednCnfgInfo.eess.flatten().eesId", hasItem("ees-2.edge.test"));
    }

    @Test
    @Order(4)
    void keepsWorkingThroughATokenIssuerOutageWhileItsTokenIsValid() {
        stack.stop("token-issuer");
        try {
            JsonPath before = registration(EES_1);
            // At least one refresh must happen while the issuer is down: it has to use the cached token.
            await().atMost(REGISTRATION.multipliedBy(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertNotEquals(before.getString("grantedExpTime"), registration(EES_1).getString("grantedExpTime")));
            assertEquals("REGISTERED", registration(EES_1).getString("state"));
            discoverFromEes1().statusCode(200);
        } finally {
            stack.start("token-issuer");
        }
    }

    @Test
    @Order(5)
    void registersAgainAfterTheEcsRestartsWithoutItsRegistrations() {
        String before = registration(EES_1).getString("registrationId");
        stack.restart("ecs");
        // The in-memory ECS forgot everything: the next update answers 404 and the EES registers again.
        await().atMost(REGISTRATION.multipliedBy(4)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath now = registration(EES_1);
            assertEquals("REGISTERED", now.getString("state"));
            assertNotEquals(before, now.getString("registrationId"));
        });
        await().atMost(REGISTRATION.multipliedBy(4)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> discoverFromEes1().statusCode(200));
    }

    @Test
    @Order(6)
    void anEesThatShutsDownDeregisters() {
        stack.stop("ees-2");
        // Well within ees-2's granted lifetime: only its DELETE can have removed it.
        discoverFromEes1()
                .statusCode(404)
                .body("cause", equalTo("NO_MATCHING_EES"));
    }

    private static JsonPath registration(int eesPort) {
        return stack.as("ees-1", eesPort).get("/ees/v1/registration").then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.ValidatableResponse discoverFromEes1() {
        return stack.as("ees-1", EES_1)
                .queryParam("eas-id", "demo-eas")
                .queryParam("ue-location", UE_IN_EES_2_AREA)
                .get("/ees/v1/target-ees")
                .then();
    }
}
