package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.net.ssl.SSLException;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.edgeauth.ecs.support.TlsProbe;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.edgeauth.pki.TlsProfileProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Check 1 of spec-notes.md section 6: no trusted client certificate, no connection at all; and the TLS profile of
 * section 1.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class TransportSecurityTest {

    private static final String PATH = Registrations.COLLECTION + "/" + UUID.randomUUID();

    @Test
    void trustedClientCertificateGetsAnHttpAnswer() {
        Optional<String> status = TlsProbe.statusLine(TlsContexts.of(TestPki.ees("control"), TestPki.CA), "GET", PATH,
                null);

        assertEquals(Optional.of("HTTP/1.1 401 Unauthorized"), status);
    }

    /**
     * TS 33.210 6.2 probed handshake by handshake: legacy versions, non-ECDHE and non-AEAD suites, key-exchange groups
     * (the OpenSSL engine takes them from jdk.tls.namedGroups too, through netty's OpenSsl), compression.
     */
    @Test
    void keepsToTheTlsProfile() {
        TlsProfileProbe probe = new TlsProfileProbe("localhost", EesClient.httpsPort());

        assertEquals(List.of(), probe.violations(TlsContexts.of(TestPki.ees("control"), TestPki.CA)));
    }

    /** The ECS's JWKS client runs on this JVM's JSSE, whose groups are process-wide, whichever server engine runs. */
    @Test
    void itsClientsOfferTheProfileGroupsAlone() throws SSLException {
        assertEquals(List.of("X25519", "SECP256R1", "SECP384R1"),
                TlsProfileProbe.groupsOffered(TlsContexts.of(null, TestPki.CA)));
    }

    @Test
    void noClientCertificateFailsTheHandshake() {
        assertEquals(Optional.empty(), TlsProbe.statusLine(TlsContexts.of(null, TestPki.CA), "GET", PATH, null));
    }

    @Test
    void certificateFromAnUnknownCaFailsTheHandshake() {
        IssuedIdentity foreign = TestPki.untrustedEes("foreign");

        assertEquals(Optional.empty(), TlsProbe.statusLine(TlsContexts.of(foreign, TestPki.CA), "GET", PATH, null));
    }

    @Test
    void expiredClientCertificateFailsTheHandshake() {
        String name = TestPki.unique("expired");
        IssuedIdentity expired = TestPki.issue(IdentitySpec.ees(name, name + "." + TestPki.EDGE, UUID.randomUUID()),
                Instant.now().minus(Duration.ofDays(3)), Duration.ofDays(1));

        assertEquals(Optional.empty(), TlsProbe.statusLine(TlsContexts.of(expired, TestPki.CA), "GET", PATH, null));
    }

    @Test
    void everyConfiguredCaIsTrusted() {
        EesClient fromSecondDomain = EesClient.of(TestPki.secondDomainEes("second"));

        Registrations.register(fromSecondDomain, TestPki.unique("app"));
    }

    @Test
    void http2IsOffered() throws Exception {
        EesClient ees = EesClient.newEes("h2");
        HttpClient client = HttpClient.newBuilder().sslContext(TlsContexts.of(ees.identity(), TestPki.CA))
                .version(HttpClient.Version.HTTP_2).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(EesClient.baseUri() + PATH))
                .header("Authorization", "Bearer " + ees.token().sign()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_2, response.version());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("REGISTRATION_NOT_FOUND"));
    }
}
