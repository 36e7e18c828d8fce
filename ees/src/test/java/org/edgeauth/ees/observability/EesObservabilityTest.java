package org.edgeauth.ees.observability;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.FakeTokenIssuer;
import org.edgeauth.ees.support.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The keeper's state, refreshes and token failures on /q/metrics; tracing off by default. */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class EesObservabilityTest {

    private static final String STATE = "edgeauth_ees_registration_state";

    FakeEcs ecs;
    FakeTokenIssuer issuer;

    @AfterEach
    void reset() {
        ecs.reset();
        issuer.refuseNext(0);
    }

    @Test
    void registrationStateAndRefreshesAreMetrics() {
        // Registrations here last 4 s and are refreshed after 2 s.
        await().atMost(Duration.ofSeconds(15)).until(
                () -> EesMetrics.value("edgeauth_ees_registration_refreshes_total", "") >= 1);

        assertEquals(1, EesMetrics.value(STATE, "state=\"registered\""));
        assertEquals(0, EesMetrics.value(STATE, "state=\"registering\""));
        assertEquals(0, EesMetrics.value(STATE, "state=\"lapsed\""));
    }

    @Test
    void registeringAgainAfterTheEcsLostTheRegistrationIsCounted() {
        String series = "edgeauth_ees_registration_reregistrations_total";
        await().atMost(Duration.ofSeconds(15)).until(() -> EesMetrics.value(STATE, "state=\"registered\"") == 1);
        double before = EesMetrics.value(series, "");

        ecs.forgetRegistrations();

        await().atMost(Duration.ofSeconds(15)).until(() -> EesMetrics.value(series, "") == before + 1);
    }

    @Test
    void aTokenTheIssuerWillNotGiveIsCounted() {
        double before = EesMetrics.value("edgeauth_ees_token_fetch_failures_total", "");
        // The ECS refuses the cached token; the new one the EES then asks for is refused too.
        ecs.refuseNextDiscoveries(1);
        issuer.refuseNext(10);

        EesApi.asEec().queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(503)
                .body("cause", equalTo("TOKEN_UNAVAILABLE"));

        assertTrue(EesMetrics.value("edgeauth_ees_token_fetch_failures_total", "") > before);
    }

    @Test
    void nothingIsPropagatedWhileTracingIsOff() {
        int before = ecs.discoveryRequests().size();
        ecs.answerNextDiscovery(200, "{\"ednCnfgInfo\":[]}");

        EesApi.asEec().header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
                .queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees");

        Recorded asked = ecs.discoveryRequests().get(before);
        assertNull(asked.traceparent(), "no trace context leaves the EES while tracing is off");
    }
}
