package org.edgeauth.ees.ecs;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.FakeTokenIssuer;
import org.edgeauth.ees.support.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The token issuer goes down (its port refuses connections) while the EES holds a token: the EES keeps sending that
 * token until it expires, even once renewal is due and failing, renews as soon as the issuer is back, and never
 * sends an expired token. Short-lived tokens here (renewal half-way), so the renewal window comes within a test.
 */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class TokenIssuerOutageTest {

    FakeEcs ecs;
    FakeTokenIssuer issuer;

    @AfterEach
    void restore() {
        ecs.reset();
        issuer.answerWithoutBody(false);
        issuer.start();
        // Leaves the EES with a token of the usual lifetime, as the other tests expect.
        takeNewToken(FakeTokenIssuer.DEFAULT_LIFETIME);
    }

    @Test
    void theValidTokenIsSentThroughTheOutageAndRenewedWhenTheIssuerIsBack() {
        Duration lifetime = Duration.ofSeconds(20);
        String held = takeNewToken(lifetime);
        Instant expiry = Instant.now().plus(lifetime);

        issuer.stop();
        // Renewal is due from half-way (10 s); keep asking until 14 s, every answer must come from the ECS.
        Instant restart = expiry.minusSeconds(6);
        while (Instant.now().isBefore(restart)) {
            discover().statusCode(404).body("cause", equalTo("NO_MATCHING_EES"));
            assertEquals(held, lastDiscoveryToken(), "the token in hand is sent while the issuer is down");
            sleep(Duration.ofMillis(250));
        }
        issuer.start();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            discover().statusCode(404).body("cause", equalTo("NO_MATCHING_EES"));
            assertTrue(!held.equals(lastDiscoveryToken()), "renewed once the issuer is back");
        });
        assertTrue(Instant.now().isBefore(expiry), "renewed before the old token expired");
    }

    @Test
    void anExpiredTokenIsNeverSent() {
        Duration lifetime = Duration.ofSeconds(2);
        takeNewToken(lifetime);
        issuer.stop();
        sleep(lifetime.plusMillis(500));
        int asked = ecs.discoveryRequests().size();

        discover().statusCode(503).body("cause", equalTo(EcsUnavailableException.TOKEN_UNAVAILABLE));

        assertEquals(asked, ecs.discoveryRequests().size(), "nothing reached the ECS without a valid token");
        issuer.start();
        discover().statusCode(404).body("cause", equalTo("NO_MATCHING_EES"));
    }

    @Test
    void anIssuerAnswerWithoutABodyIsNoTokenNotAnEcsFailure() {
        discover().statusCode(404); // holding a token the ECS accepts
        // quarkus-oidc-client 3.33 fails with a NullPointerException on an error answer without a body.
        issuer.answerWithoutBody(true);
        ecs.refuseNextDiscoveries(1); // the EES drops its token and must ask for a new one
        int asked = ecs.discoveryRequests().size();

        discover().statusCode(503).body("cause", equalTo(EcsUnavailableException.TOKEN_UNAVAILABLE));

        assertEquals(asked + 1, ecs.discoveryRequests().size(), "only the refused call reached the ECS");
    }

    /** Makes the EES drop its token (the ECS refuses it once) and take a new one with this lifetime. */
    private String takeNewToken(Duration lifetime) {
        issuer.tokenLifetime(lifetime);
        ecs.refuseNextDiscoveries(1);
        discover().statusCode(404);
        return lastDiscoveryToken();
    }

    private static ValidatableResponse discover() {
        return EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then();
    }

    private String lastDiscoveryToken() {
        List<Recorded> asked = ecs.discoveryRequests();
        return asked.get(asked.size() - 1).bearerToken();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
