package org.edgeauth.tokenissuer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLSocket;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Certificates rotated without a restart (quarkus.tls.server.reload-period, 1 s in tests): the files are replaced
 * while the issuer runs, as a cert-manager Secret update would.
 */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class CertificateRotationTest {

    @Test
    void newConnectionsSeeTheRenewedServerCertificate() throws Exception {
        DevPki pki = DevPki.openOrCreate(IssuerTestPki.DIR, "Issuer Test CA");
        X509Certificate before = served();

        IssuedIdentity renewed = pki.issue(IdentitySpec.server("token-issuer", DevPki.newInstanceId(), false));

        awaitServed(renewed.certificate().getSerialNumber());
        assertEquals(before.getSubjectX500Principal(), served().getSubjectX500Principal());
    }

    /** A CA change: the bundle lists the old and the new CA; clients of the new CA get tokens, old ones still do. */
    @Test
    void clientsOfACaAddedToTheBundleAreAccepted() throws Exception {
        Path nextDir = IssuerTestPki.DIR.resolve("next-ca");
        DevPki next = DevPki.createFresh(nextDir, "Next Issuer Test CA");
        IssuedIdentity moved = next.issue(IdentitySpec.ees("moved", "moved.issuer.test", DevPki.newInstanceId()));
        Files.writeString(IssuerTestPki.DIR.resolve("ca.crt"), Files.readString(nextDir.resolve("ca.crt")),
                StandardOpenOption.APPEND);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (tokenStatus(nextDir, "moved", moved.certificate()) != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(200, tokenStatus(nextDir, "moved", moved.certificate()), "client of the new CA served");
        assertEquals(200, tokenStatus(IssuerTestPki.DIR, IssuerTestPki.EES, TestClients.certificate(IssuerTestPki.EES)),
                "clients of the old CA still served");
    }

    /** The status of a token request presenting identity {@code name} of {@code dir}; -1: no handshake. */
    private static int tokenStatus(Path dir, String name, X509Certificate certificate) {
        CertificateIdentity identity = CertificateIdentity.of(certificate);
        try {
            return TestClients.as(dir, name).contentType(ContentType.URLENC)
                    .formParam("grant_type", "client_credentials")
                    .formParam("nfInstanceId", identity.instanceId().toString())
                    .formParam("scope", "eecs-eesregistration")
                    .post("/oauth2/token").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static void awaitServed(BigInteger serial) throws Exception {
        // The cert and key files are not replaced together: a reload in between fails and is retried.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!servedSerial().equals(serial) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(serial, served().getSerialNumber(), "renewed certificate served on a new connection");
    }

    private static BigInteger servedSerial() {
        try {
            return served().getSerialNumber();
        } catch (IOException e) {
            return BigInteger.ZERO;
        }
    }

    /** The server certificate a new TLS connection is shown. */
    private static X509Certificate served() throws IOException {
        try (SSLSocket socket = (SSLSocket) TestClients.sslContext(IssuerTestPki.DIR, null).getSocketFactory()
                .createSocket("localhost", TestClients.httpsPort())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }
}
