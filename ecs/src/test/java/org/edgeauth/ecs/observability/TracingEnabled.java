package org.edgeauth.ecs.observability;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tracing switched on at run time, as a deployment would (QUARKUS_OTEL_SDK_DISABLED=false); spans flushed fast. */
public class TracingEnabled implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.bsp.schedule.delay", "50ms",
                // No collector in tests: the OTLP exporter points at a closed loopback port.
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:9");
    }
}
