package org.edgeauth.ecs.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The ECS's metrics on the management port, read as Prometheus scrapes them, after driving real requests. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class MetricsTest {

    private static final String PROFILES = "/eecs-targeteesdiscovery/v1/ees-profiles";
    private static final String DECISIONS = "edgeauth_ecs_access_decisions_total";
    private static final String OPERATIONS = "edgeauth_ecs_registration_operations_total";
    private static final String LIVE = "edgeauth_ecs_registrations_live";
    private static final String DISCOVERY = "edgeauth_ecs_discovery_duration_seconds";

    @Test
    void accessDecisionsAreCountedByOutcomeCauseAndApi() {
        EesClient ees = EesClient.newEes("decided");
        PrometheusScrape before = PrometheusScrape.now();

        ees.authorized().get(Registrations.COLLECTION + "/" + UUID.randomUUID()).then().statusCode(404);
        ees.request().get(Registrations.COLLECTION + "/" + UUID.randomUUID()).then().statusCode(401);
        ees.request(ees.token().scope("eecs-eesregistration")).queryParam("ees-id", ees.eesId())
                .queryParam("eas-id", "any").get(PROFILES).then().statusCode(403);

        PrometheusScrape after = PrometheusScrape.now();
        assertEquals(1, after.since(before, decision("registration", "none", "granted")));
        assertEquals(1, after.since(before, decision("registration", "token_missing", "denied")));
        assertEquals(1, after.since(before, decision("discovery", "insufficient_scope", "denied")));
        // Every cause of every API is a series from the start, so rates over it are defined before it happens.
        assertTrue(after.has(decision("discovery", "not_owner", "denied")));
        assertTrue(after.has(decision("none", "certificate_not_accepted", "denied")));
        // The HTTP layer's own request metrics sit beside them.
        String route = "uri=\"/eecs-eesregistration/v1/registrations/{registrationId}\"";
        assertTrue(after.series().keySet().stream().anyMatch(
                series -> series.startsWith("http_server_requests_seconds_count{") && series.contains(route)),
                "http_server_requests_seconds for the registration API");
        // Registered twice (API and management server) by Quarkus 3.33, so dropped: see ActiveConnectionGauges.
        assertTrue(after.series().keySet().stream()
                .noneMatch(series -> series.startsWith("http_server_active_connections")));
    }

    @Test
    void registrationOperationsAreCountedByOutcomeAndTheLiveGaugeFollowsTheStore() {
        EesClient ees = EesClient.newEes("operated");
        EesClient other = EesClient.newEes("intruder");
        PrometheusScrape before = PrometheusScrape.now();

        String location = Registrations.register(ees, TestPki.unique("app"));
        PrometheusScrape registered = PrometheusScrape.now();
        Registrations.read(ees, location);
        other.authorized().delete(location).then().statusCode(403);
        ees.authorized().delete(location).then().statusCode(204);
        ees.authorized().get(location).then().statusCode(404);
        PrometheusScrape after = PrometheusScrape.now();

        assertEquals(1, registered.since(before, LIVE));
        assertEquals(0, after.since(before, LIVE));
        assertEquals(1, after.since(before, operation("create", "success")));
        assertEquals(1, after.since(before, operation("read", "success")));
        assertEquals(1, after.since(before, operation("delete", "not_owner")));
        assertEquals(1, after.since(before, operation("delete", "success")));
        assertEquals(1, after.since(before, operation("read", "registration_not_found")));
    }

    @Test
    void discoveryLatencyIsAHistogramByOutcome() {
        EesClient served = EesClient.newEes("served");
        EesClient asking = EesClient.newEes("asking");
        String easId = TestPki.unique("app");
        Registrations.register(served, easId);
        PrometheusScrape before = PrometheusScrape.now();

        asking.authorized().queryParam("ees-id", asking.eesId()).queryParam("eas-id", easId).get(PROFILES)
                .then().statusCode(200);
        asking.authorized().queryParam("ees-id", asking.eesId()).queryParam("eas-id", TestPki.unique("none"))
                .get(PROFILES).then().statusCode(404);

        PrometheusScrape after = PrometheusScrape.now();
        assertEquals(1, after.since(before, DISCOVERY + "_count{outcome=\"success\"}"));
        assertEquals(1, after.since(before, DISCOVERY + "_count{outcome=\"no_matching_ees\"}"));
        assertEquals(1, after.since(before, DISCOVERY + "_bucket{outcome=\"success\",le=\"1.0\"}"));
        assertTrue(after.has(DISCOVERY + "_bucket{outcome=\"success\",le=\"0.005\"}"), "5 ms bucket");
        assertTrue(after.value(DISCOVERY + "_sum{outcome=\"success\"}") > 0);
    }

    private static String decision(String api, String cause, String outcome) {
        return DECISIONS + "{api=\"" + api + "\",cause=\"" + cause + "\",outcome=\"" + outcome + "\"}";
    }

    private static String operation(String operation, String outcome) {
        return OPERATIONS + "{operation=\"" + operation + "\",outcome=\"" + outcome + "\"}";
    }
}
