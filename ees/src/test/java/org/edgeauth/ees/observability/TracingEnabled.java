package org.edgeauth.ees.observability;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Tracing switched on at run time (QUARKUS_OTEL_SDK_DISABLED=false); no collector: OTLP points at a closed port. */
public class TracingEnabled implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:9");
    }
}
