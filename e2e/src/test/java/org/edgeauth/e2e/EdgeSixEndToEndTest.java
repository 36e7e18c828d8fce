package org.edgeauth.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
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
 * tracking area 000002). Registrations and tokens are kept short here so that refreshes, token renewals and a
 * signing-key rotation happen within the test. The steps build on each other and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeSixEndToEndTest {

    private static final int EES_1 = 8543;
    private static final int EES_2 = 8553;
    private static final int ISSUER = 8643;
    private static final int ECS_MANAGEMENT = 9443;
    private static final Duration REGISTRATION = Duration.ofSeconds(15);
    /** Renewed 30 s before expiry (the EES default), i.e. at 10 s of age. */
    private static final Duration TOKEN_LIFETIME = Duration.ofSeconds(40);
    private static final Duration JWKS_MAX_AGE = Duration.ofSeconds(2);
    private static final Duration KEY_RELOAD = Duration.ofSeconds(1);
    private static final String UE_IN_EES_2_AREA =
            "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"000002\"}]}}";

    private static LocalStack stack;

    private static SigningKeyFiles signingKeys;

    @BeforeAll
    static void startStack() {
        Map<String, String> env = new HashMap<>(Map.of(
                "EDGEAUTH_EES_PROFILE_PROPOSED_LIFETIME", REGISTRATION.toString(),
                "EDGEAUTH_ISSUER_TOKEN_LIFETIME", TOKEN_LIFETIME.toString(),
                // The ECS's JWKS cache runs out during the issuer outage below: it must keep the keys it had.
                "EDGEAUTH_ISSUER_JWKS_MAX_AGE", JWKS_MAX_AGE.toString(),
                "EDGEAUTH_ISSUER_KEY_RELOAD_PERIOD", KEY_RELOAD.toString(),
                "EDGEAUTH_EES_REGISTRATION_RETRY_MAX_DELAY", "PT3S"));
        env.putAll(SigningKeyFiles.issuerEnvironment(LocalStack.PKI_DIR));
        stack = new LocalStack(env);
        stack.pki();
        signingKeys = new SigningKeyFiles(LocalStack.PKI_DIR);
        signingKeys.atRest();
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
        assertEquals("REGISTERED", registration(EES_2).getString("state"));
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
    void signingKeyRotationFailsNoRequest() {
        String oldKid = activeKid();
        Map<String, JsonPath> keepersBefore = Map.of("ees-1", registration(EES_1), "ees-2", registration(EES_2));
        double refusalsBefore = ecsRefusals();
        try (Traffic traffic = new Traffic(() -> discoverFromEes1().extract().statusCode())) {
            // 1. Publish the next key; wait until verifiers' JWKS caches (max-age) have run out once.
            signingKeys.publishNext();
            await().atMost(Duration.ofSeconds(10)).until(() -> publishedKids().size() == 2);
            String newKid = publishedKids().stream().filter(kid -> !kid.equals(oldKid)).findFirst().orElseThrow();
            pause(JWKS_MAX_AGE.plusSeconds(1));

            // 2. The next key signs; the old one stays published until its last token has expired.
            signingKeys.activateNext();
            await().atMost(Duration.ofSeconds(10)).until(() -> newKid.equals(activeKid()));
            assertEquals(List.of(newKid, oldKid), publishedKids());
            pause(TOKEN_LIFETIME.plus(KEY_RELOAD).plusSeconds(4));

            // 3. Retire the old key; requests go on, now verified with the new key alone.
            signingKeys.retirePrevious();
            await().atMost(Duration.ofSeconds(10)).until(() -> publishedKids().equals(List.of(newKid)));
            pause(JWKS_MAX_AGE.plus(REGISTRATION));

            traffic.assertNoFailure();
        }
        assertEquals(refusalsBefore, ecsRefusals(), "the ECS refused no request during the rotation");
        keepersBefore.forEach((ees, before) -> {
            JsonPath now = registration(ees.equals("ees-1") ? EES_1 : EES_2);
            assertEquals("REGISTERED", now.getString("state"), ees);
            assertEquals(before.getString("registrationId"), now.getString("registrationId"), ees);
            assertEquals(before.getString("lastError.at"), now.getString("lastError.at"), ees + ": no failed update");
            assertNotEquals(before.getString("grantedExpTime"), now.getString("grantedExpTime"), ees);
        });
    }

    @Test
    @Order(5)
    void keepsWorkingThroughATokenIssuerOutageWhileItsTokenIsValid() {
        try (Traffic traffic = new Traffic(() -> discoverFromEes1().extract().statusCode())) {
            // ees-1 uses its token all the time, so it renews it at 10 s of age: when the issuer stops, the token
            // in hand is at most ~10 s old.
            pause(Duration.ofSeconds(11));
            JsonPath before = registration(EES_1);
            stack.stop("token-issuer");
            try {
                // During the outage the token enters its renewal window and renewal fails, but the token (at most
                // ~31 s old at the end) is still valid: every request and every refresh goes through with it.
                pause(TOKEN_LIFETIME.dividedBy(2));
                traffic.assertNoFailure();
                JsonPath during = registration(EES_1);
                assertEquals("REGISTERED", during.getString("state"));
                assertNotEquals(before.getString("grantedExpTime"), during.getString("grantedExpTime"),
                        "refreshed with the cached token");
                assertEquals(before.getString("lastError.at"), during.getString("lastError.at"), "no failed update");
            } finally {
                stack.start("token-issuer");
            }
        }
    }

    @Test
    @Order(6)
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
    @Order(7)
    void anEesThatShutsDownDeregisters() {
        stack.stop("ees-2");
        // Well within ees-2's granted lifetime: only its DELETE can have removed it.
        discoverFromEes1()
                .statusCode(404)
                .body("cause", equalTo("NO_MATCHING_EES"));
    }

    private static String activeKid() {
        return publishedKids().get(0);
    }

    /** The kids of the issuer's JWKS, the active key's first. */
    private static List<String> publishedKids() {
        return stack.as("ees-1", ISSUER).get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath()
                .getList("keys.kid", String.class);
    }

    /** Requests the ECS refused so far, whatever the cause (its audit counter). */
    private static double ecsRefusals() {
        String metrics = stack.management(ECS_MANAGEMENT).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("edgeauth_ecs_access_decisions_total{") && line.contains("outcome=\"denied\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
