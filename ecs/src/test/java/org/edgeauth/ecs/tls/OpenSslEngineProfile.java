package org.edgeauth.ecs.tls;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The ECS with its HTTPS server on the OpenSSL engine; everything else as in the default test boot. */
public class OpenSslEngineProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("edgeauth.tls.engine", "openssl");
    }
}
