package org.edgeauth.ecs.security;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.tls.OpenSslEngineProfile;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Every transport-security probe again, with the HTTPS server on the OpenSSL engine (edgeauth.tls.engine). */
@QuarkusTest
@TestProfile(OpenSslEngineProfile.class)
@WithTestResource(EcsTestEnvironment.class)
class OpenSslTransportSecurityTest extends TransportSecurityTest {
}
