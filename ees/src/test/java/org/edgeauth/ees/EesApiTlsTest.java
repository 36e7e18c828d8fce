package org.edgeauth.ees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.edgeauth.pki.TlsProfileProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The EES's own API is mutual TLS only (no client certificate from a trusted CA, no handshake) and keeps to the TLS
 * profile of spec-notes.md section 1.
 */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class EesApiTlsTest {

    @Test
    void aTrustedClientCertificateIsServed() {
        EesApi.asEec().get("/ees/v1/registration").then().statusCode(200);
    }

    /**
     * TS 33.210 6.2 probed handshake by handshake: legacy versions, non-ECDHE and non-AEAD suites, key-exchange groups,
     * compression.
     */
    @Test
    void keepsToTheTlsProfile() {
        TlsProfileProbe probe = new TlsProfileProbe("localhost", EesApi.httpsPort());

        assertEquals(List.of(), probe.violations(eec()));
    }

    /** The EES's clients (to the ECS and the token issuer) run on this JVM's JSSE, whose groups are process-wide. */
    @Test
    void itsClientsOfferTheProfileGroupsAlone() throws SSLException {
        assertEquals(List.of("X25519", "SECP256R1", "SECP384R1"), TlsProfileProbe.groupsOffered(eec()));
    }

    private static SSLContext eec() {
        return EesApi.sslContext(EesTestEnvironment.DIR.resolve(EesTestEnvironment.EEC + ".p12"),
                EesTestEnvironment.CA);
    }

    @Test
    void noClientCertificateNoHandshake() {
        assertThrows(SSLException.class, () -> EesApi.with(EesApi.sslContext(null, EesTestEnvironment.CA))
                .get("/ees/v1/registration"));
    }

    @Test
    void aCertificateFromAnUnknownCaIsRefused() {
        Path dir = EesTestEnvironment.DIR.resolve("unknown-ca");
        IssuedIdentity stranger = DevPki.openOrCreate(dir, "Unknown CA")
                .issue(IdentitySpec.ees("stranger", "stranger.edge.test", UUID.randomUUID()));

        assertThrows(SSLException.class, () -> EesApi.with(EesApi.sslContext(stranger.p12(), EesTestEnvironment.CA))
                .get("/ees/v1/registration"));
    }

    @Test
    void healthIsNotOnTheApiPort() {
        EesApi.asEec().get("/q/health/ready").then().statusCode(404);
    }
}
