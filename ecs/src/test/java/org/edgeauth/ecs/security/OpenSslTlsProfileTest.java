package org.edgeauth.ecs.security;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.tls.OpenSslEngineProfile;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The same TLS versions and cipher suites on the OpenSSL engine: the engine is not a way around the profile. */
@QuarkusTest
@TestProfile(OpenSslEngineProfile.class)
@WithTestResource(EcsTestEnvironment.class)
class OpenSslTlsProfileTest extends TlsProfileTest {
}
