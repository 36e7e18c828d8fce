package org.edgeauth.ecs.tls;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.edgeauth.ecs.support.TlsHandshake;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.tls.CertificateUpdatedEvent;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;

/** With edgeauth.tls.engine=openssl the handshakes really run in OpenSSL, and certificate reloads still apply. */
@QuarkusTest
@TestProfile(OpenSslEngineProfile.class)
@WithTestResource(EcsTestEnvironment.class)
class OpenSslEngineTest {

    private static final String SERVER_TLS = "server";

    @Inject
    TlsConfigurationRegistry tlsRegistry;

    @Inject
    Event<CertificateUpdatedEvent> certificateUpdates;

    @Test
    void handshakesRunInOpenSsl() {
        EesClient.newEes("engine").request().get(TlsSessionRoute.PATH).then().statusCode(200)
                .body(containsString("io.netty.handler.ssl.ReferenceCountedOpenSslEngine"));
    }

    @Test
    void renewedServerCertificateIsServedAfterReload() throws Exception {
        // What quarkus.tls.reload-period does on its schedule: re-read the files, tell the servers.
        IssuedIdentity renewed = DevPki.openOrCreate(TestPki.DIR, TestPki.CA_NAME)
                .issue(IdentitySpec.server("ecs", TestPki.ECS_INSTANCE_ID, false));
        assertNotEquals(renewed.certificate().getSerialNumber(), servedSerial());

        TlsConfiguration server = tlsRegistry.get(SERVER_TLS).orElseThrow();
        assertTrue(server.reload());
        certificateUpdates.fire(new CertificateUpdatedEvent(SERVER_TLS, server));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!renewed.certificate().getSerialNumber().equals(servedSerial()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(renewed.certificate().getSerialNumber(), servedSerial());
    }

    private static BigInteger servedSerial() throws Exception {
        return ((X509Certificate) TlsHandshake.offering(TlsContexts.of(TestPki.ees("reload"), TestPki.CA),
                new String[] { "TLSv1.3" }).orElseThrow().getPeerCertificates()[0]).getSerialNumber();
    }
}
