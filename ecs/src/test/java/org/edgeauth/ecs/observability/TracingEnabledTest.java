package org.edgeauth.ecs.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With tracing switched on, a request makes a server span that continues the caller's W3C trace context. */
@QuarkusTest
@TestProfile(TracingEnabled.class)
@WithTestResource(EcsTestEnvironment.class)
class TracingEnabledTest {

    @Inject
    InMemorySpanExporter spans;

    /** The batch processor exports every 50 ms here: waits up to 10 s for the span. */
    private SpanData serverSpan(String traceId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Optional<SpanData> found = spans.getFinishedSpanItems().stream()
                    .filter(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no server span in trace " + traceId + ": " + spans.getFinishedSpanItems());
    }

    @Test
    void aRequestProducesAServerSpanInTheCallersTrace() throws InterruptedException {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpanId = traceId.substring(0, 16);
        EesClient ees = EesClient.newEes("traced");

        ees.authorized().header("traceparent", "00-" + traceId + "-" + parentSpanId + "-01")
                .get(Registrations.COLLECTION + "/" + UUID.randomUUID()).then().statusCode(404);

        SpanData server = serverSpan(traceId);
        assertEquals(parentSpanId, server.getParentSpanId());
        assertEquals("GET /eecs-eesregistration/v1/registrations/{registrationId}", server.getName());
    }
}
