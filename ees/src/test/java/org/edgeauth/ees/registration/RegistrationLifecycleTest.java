package org.edgeauth.ees.registration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.edgeauth.contract.eecs.EesRegistrationApi;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.ees.ecs.EcsUnavailableException;
import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.FakeTokenIssuer;
import org.edgeauth.ees.support.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * The keeper wired to a real mTLS ECS client: registration at start, updates before the expiry, registering
 * again when the ECS forgets, and riding out an ECS outage. Registrations live 4 s (EesTestEnvironment).
 */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class RegistrationLifecycleTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    FakeEcs ecs;
    FakeTokenIssuer issuer;

    @AfterEach
    void ecsBack() {
        ecs.reset();
        ecs.start();
        awaitRegistered();
    }

    @Test
    void registersAtStartWithTheConfiguredProfileAndTheCertificateIdentity() {
        String registrationId = awaitRegistered();

        Recorded post = ecs.registrationRequests("POST").get(0);
        JsonObject profile = new JsonObject(post.body()).getJsonObject("eesProf");
        assertEquals(EesTestEnvironment.EES_ID, profile.getString("eesId"), "EES ID from the certificate");
        assertEquals(EesTestEnvironment.ENDPOINT, profile.getJsonObject("endPt").getString("uri"));
        assertEquals("demo-eas", profile.getJsonArray("easIds").getString(0));
        assertEquals("000001", profile.getJsonObject("svcArea").getJsonObject("topServAr").getJsonArray("tais")
                .getJsonObject(0).getString("tac"));
        assertEquals(EesTestEnvironment.INSTANCE_ID, post.client().instanceId(), "mTLS with the EES certificate");
        assertTrue(post.bearerToken().startsWith("token-"), "a token from the issuer");
        assertTrue(ecs.registrations().containsKey(registrationId), "the id the ECS named in the Location header");

        Recorded tokenRequest = issuer.requests().get(0);
        Map<String, String> form = tokenRequest.form();
        assertEquals("client_credentials", form.get("grant_type"));
        assertEquals(EesTestEnvironment.INSTANCE_ID.toString(), form.get("nfInstanceId"), "from the certificate");
        assertEquals("EES", form.get("nfType"));
        assertEquals("ECS", form.get("targetNfType"));
        assertEquals(List.of("eecs-eesregistration", "eecs-targeteesdiscovery"), List.of(form.get("scope").split(" ")));
        CertificateIdentity client = tokenRequest.client();
        assertEquals(EesTestEnvironment.INSTANCE_ID, client.instanceId(), "the certificate authenticates the client");

        EesApi.management().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'ECS registration' }.data.state", equalTo("REGISTERED"));
    }

    @Test
    void updatesBeforeTheGrantedExpiryWithAMergePatch() {
        awaitRegistered();
        int before = ecs.registrationRequests("PATCH").size();

        await().atMost(PATIENCE).until(() -> ecs.registrationRequests("PATCH").size() > before + 1);

        List<Recorded> updates = ecs.registrationRequests("PATCH");
        Recorded previous = updates.get(before);
        Recorded update = updates.get(before + 1);
        assertEquals("application/merge-patch+json", update.contentType());
        JsonObject patch = new JsonObject(update.body());
        assertEquals(List.of("expTime"), List.copyOf(patch.fieldNames()), "only the expiry moves");
        Instant grantedBefore = Instant.parse(new JsonObject(previous.body()).getString("expTime"));
        assertTrue(update.at().isBefore(grantedBefore), "updated before the previous grant ran out");
        assertTrue(Instant.parse(patch.getString("expTime")).isAfter(grantedBefore));
    }

    @Test
    void registersAgainWhenTheEcsForgetsTheRegistration() {
        String first = awaitRegistered();
        int posts = ecs.registrationRequests("POST").size();

        ecs.forgetRegistrations();

        await().atMost(PATIENCE).until(() -> ecs.registrationRequests("POST").size() > posts);
        String second = awaitRegistered();
        assertNotEquals(first, second);
        assertTrue(ecs.registrations().containsKey(second));
        EesApi.asEec().get("/ees/v1/registration").then().statusCode(200)
                .body("lastError.cause", equalTo(ProblemCause.REGISTRATION_NOT_FOUND));
    }

    @Test
    void anUpdateTheEcsThrottlesIsRepeatedAfterItsRetryAfterOnly() {
        awaitRegistered();

        int scripted = ecs.answeredFromScript().size();

        // 4 s registrations updated after 2 s: Retry-After 1 s still lets the update arrive in time.
        ecs.answerNextRegistration("PATCH", 429, "{\"status\":429,\"cause\":\"NF_CONGESTION_RISK\"}", "1");

        Recorded throttled = awaitAnsweredFromScript(scripted);
        Recorded next = awaitNextAfter(throttled);
        assertEquals("PATCH", next.method());
        assertTrue(!next.at().isBefore(throttled.at().plusSeconds(1)), "not before Retry-After: " + throttled.at()
                + " then " + next.at());
        awaitRegistered();
        assertEquals(ProblemCause.NF_CONGESTION_RISK, status().getString("lastError.cause"));
    }

    @Test
    void aRegistrationTheEcsCannotTakeIsRepeatedAfterItsRetryAfterOnly() {
        awaitRegistered();
        int scripted = ecs.answeredFromScript().size();
        ecs.answerNextRegistration("POST", 503, "{\"status\":503,\"cause\":\"STORE_UNAVAILABLE\"}", "1");

        ecs.forgetRegistrations(); // the next update meets a 404: the keeper registers again, and meets the 503

        Recorded unavailable = awaitAnsweredFromScript(scripted);
        Recorded next = awaitNextAfter(unavailable);
        assertEquals("POST", next.method());
        assertTrue(!next.at().isBefore(unavailable.at().plusSeconds(1)), "not before Retry-After: "
                + unavailable.at() + " then " + next.at());
        awaitRegistered();
        assertEquals(ProblemCause.STORE_UNAVAILABLE, status().getString("lastError.cause"));
    }

    /** The registration request that got the scripted answer after {@code before} others had. */
    private Recorded awaitAnsweredFromScript(int before) {
        await().atMost(PATIENCE).until(() -> ecs.answeredFromScript().size() > before);
        return ecs.answeredFromScript().get(before);
    }

    /** The registration request that followed {@code earlier}: not an immediate retry of it. */
    private Recorded awaitNextAfter(Recorded earlier) {
        await().atMost(PATIENCE).until(() -> followingRequests(earlier).size() > 0);
        return followingRequests(earlier).get(0);
    }

    private List<Recorded> followingRequests(Recorded earlier) {
        List<Recorded> all = ecs.requests().stream()
                .filter(request -> request.path().startsWith(EesRegistrationApi.REGISTRATIONS)).toList();
        return all.subList(all.indexOf(earlier) + 1, all.size());
    }

    @Test
    void ridesOutAnEcsOutageAndRegistersWhenItIsBack() {
        awaitRegistered();

        ecs.stop();

        await().atMost(PATIENCE).until(() -> !status().getString("state").equals("REGISTERED"));
        JsonPath status = status();
        assertEquals("LAPSED", status.getString("state"));
        assertEquals(EcsUnavailableException.ECS_UNAVAILABLE, status.getString("lastError.cause"));
        EesApi.management().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'ECS registration' }.data.state", equalTo("LAPSED"));
        // Still serving, still trying (between attempts a next one is scheduled; during one it is not).
        await().atMost(PATIENCE).untilAsserted(() -> EesApi.asEec().get("/ees/v1/registration").then().statusCode(200)
                .body("consecutiveFailures", greaterThan(0))
                .body("nextAttempt", notNullValue()));

        ecs.forgetRegistrations(); // it comes back empty, as an ECS without shared state does
        ecs.start();

        String id = awaitRegistered();
        assertTrue(ecs.registrations().containsKey(id));
        EesApi.management().get("/q/health/ready").then().statusCode(200);
    }

    private static JsonPath status() {
        return EesApi.asEec().get("/ees/v1/registration").then().statusCode(200).extract().jsonPath();
    }

    private String awaitRegistered() {
        await().atMost(PATIENCE).until(() -> {
            JsonPath status = status();
            return status.getString("state").equals("REGISTERED")
                    && ecs.registrations().containsKey(status.getString("registrationId"));
        });
        return status().getString("registrationId");
    }
}
