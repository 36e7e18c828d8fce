package org.edgeauth.tokenissuer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.pki.CertificateRotation;
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
        X509Certificate before = CertificateRotation.served(TestClients.sslContext(IssuerTestPki.DIR, null),
                "localhost", TestClients.httpsPort());

        IssuedIdentity renewed = pki.issue(IdentitySpec.server("token-issuer", DevPki.newInstanceId(), false));

        CertificateRotation.awaitServed(TestClients.sslContext(IssuerTestPki.DIR, null), "localhost",
                TestClients.httpsPort(), renewed.certificate());
        assertEquals(before.getSubjectX500Principal(), renewed.certificate().getSubjectX500Principal());
    }

    /** A CA change: the bundle lists the old and the new CA; clients of the new CA get tokens, old ones still do. */
    @Test
    void clientsOfACaAddedToTheBundleAreAccepted() {
        Path nextDir = IssuerTestPki.DIR.resolve("next-ca");
        DevPki next = DevPki.createFresh(nextDir, "Next Issuer Test CA");
        IssuedIdentity moved = next.issue(IdentitySpec.ees("moved", "moved.issuer.test", DevPki.newInstanceId()));

        next.addCaTo(IssuerTestPki.DIR.resolve("ca.crt"));

        CertificateRotation.await("a client of the new CA gets a token",
                () -> tokenStatus(nextDir, "moved", moved.certificate()) == 200);
        assertEquals(200, tokenStatus(IssuerTestPki.DIR, IssuerTestPki.EES, TestClients.certificate(IssuerTestPki.EES)),
                "clients of the old CA still served");
    }

    /** The status of a token request presenting identity {@code name} of {@code dir}. */
    private static int tokenStatus(Path dir, String name, X509Certificate certificate) {
        CertificateIdentity identity = CertificateIdentity.of(certificate);
        return TestClients.as(dir, name).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("nfInstanceId", identity.instanceId().toString())
                .formParam("scope", "eecs-eesregistration")
                .post("/oauth2/token").statusCode();
    }
}
