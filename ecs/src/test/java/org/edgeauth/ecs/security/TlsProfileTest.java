package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.edgeauth.ecs.support.TlsHandshake;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** TS 33.210 6.2 as configured in quarkus.tls.server.*: TLS 1.3 or 1.2, ECDHE key exchange, AEAD ciphers only. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class TlsProfileTest {

    private static final String[] TLS_13_AND_12 = { "TLSv1.3", "TLSv1.2" };
    private static final String[] TLS_12 = { "TLSv1.2" };
    private static final Set<String> TLS_13_SUITES = Set.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256");
    private static final Set<String> TLS_12_SUITES = Set.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256");

    private final SSLContext ees = TlsContexts.of(TestPki.ees("tls-profile"), TestPki.CA);

    @Test
    void prefersTls13WithAnAeadSuite() {
        SSLSession session = TlsHandshake.offering(ees, TLS_13_AND_12).orElseThrow();

        assertEquals("TLSv1.3", session.getProtocol());
        assertTrue(TLS_13_SUITES.contains(session.getCipherSuite()), session.getCipherSuite());
    }

    @Test
    void tls12NegotiatesEcdheWithAnAeadSuite() {
        SSLSession session = TlsHandshake.offering(ees, TLS_12).orElseThrow();

        assertEquals("TLSv1.2", session.getProtocol());
        assertTrue(TLS_12_SUITES.contains(session.getCipherSuite()), session.getCipherSuite());
    }

    @Test
    void everyConfiguredTls12SuiteIsAccepted() {
        for (String suite : TLS_12_SUITES) {
            assertEquals(Optional.of(suite), TlsHandshake.offering(ees, TLS_12, suite).map(SSLSession::getCipherSuite));
        }
    }

    @Test
    void tls12CbcSuitesAreRefused() {
        // ECDHE with the server's ECDSA key, but CBC + HMAC instead of AEAD: a default server would accept these.
        assertEquals(Optional.empty(), TlsHandshake.offering(ees, TLS_12, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"));
    }
}
