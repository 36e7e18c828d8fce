package org.edgeauth.ecs.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.junit.jupiter.api.Test;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Tracing is off by default (quarkus.otel.sdk.disabled=true): requests export nothing. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class TracingDisabledTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void nothingIsExportedByDefault() throws InterruptedException {
        EesClient ees = EesClient.newEes("untraced");
        String traceId = UUID.randomUUID().toString().replace("-", "");

        ees.authorized().header("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01")
                .get(Registrations.COLLECTION + "/" + UUID.randomUUID()).then().statusCode(404);

        // Longer than the enabled profile's export delay: a span would have arrived by now.
        Thread.sleep(500);
        assertEquals(List.of(), spans.getFinishedSpanItems());
    }
}
