package org.edgeauth.ees.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
import io.quarkus.test.junit.TestProfile;

/**
 * With tracing on, the EES carries the trace of a request it serves on to the ECS and to the token issuer
 * (W3C {@code traceparent}), so one trace shows the EES, the token fetch and the ECS call.
 */
@QuarkusTest
@TestProfile(TracingEnabled.class)
@WithTestResource(EesTestEnvironment.class)
class TracePropagationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    FakeEcs ecs;
    FakeTokenIssuer issuer;

    @AfterEach
    void reset() {
        ecs.reset();
    }

    @Test
    void theCallersTraceReachesTheEcsAndTheTokenIssuer() {
        int discoveries = ecs.discoveryRequests().size();
        int tokens = issuer.requests().size();
        // A refused token makes the EES fetch a new one within the same request.
        ecs.refuseNextDiscoveries(1);
        ecs.answerNextDiscovery(200, "{\"ednCnfgInfo\":[]}");

        EesApi.asEec().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .queryParam("eas-id", "demo-eas").get("/ees/v1/target-ees").then().statusCode(200);

        List<Recorded> asked = ecs.discoveryRequests().subList(discoveries, ecs.discoveryRequests().size());
        assertEquals(2, asked.size());
        for (Recorded request : asked) {
            assertEquals(TRACE_ID, traceId(request), "ECS request in the caller's trace");
        }
        List<Recorded> fetched = issuer.requests().subList(tokens, issuer.requests().size());
        assertEquals(1, fetched.size());
        assertEquals(TRACE_ID, traceId(fetched.get(0)), "token request in the caller's trace");
    }

    private static String traceId(Recorded request) {
        assertNotNull(request.traceparent(), () -> request.method() + " " + request.path() + " carried no traceparent");
        return request.traceparent().split("-")[1];
    }
}
