package org.edgeauth.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What certificate-rotation tests rely on: renewing an identity's files in place, and extending a CA bundle. */
class DevPkiTest {

    private static final Path DIR = Path.of("target", "dev-pki-test").toAbsolutePath();

    @Test
    void issuingAnIdentityAgainReplacesItsFilesWithAMatchingPair() throws Exception {
        DevPki pki = DevPki.createFresh(DIR.resolve("renew"), "Renew CA");
        IdentitySpec spec = IdentitySpec.ees("ees", "ees.edge.test", UUID.randomUUID());
        pki.issue(spec);

        IssuedIdentity renewed = pki.issue(spec);

        assertEquals(renewed.certificate(), DevPki.readCertificate(renewed.crt()));
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(DevPki.readPrivateKey(renewed.key()));
        signature.update(new byte[] { 1 });
        byte[] signed = signature.sign();
        signature.initVerify(renewed.certificate());
        signature.update(new byte[] { 1 });
        assertTrue(signature.verify(signed), "the key file belongs to the certificate file");
        try (Stream<Path> files = Files.list(pki.dir())) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".new")).toList(), "no staged files left");
        }
    }

    @Test
    void addingACaToABundleKeepsTheCasAlreadyThere() throws Exception {
        DevPki old = DevPki.createFresh(DIR.resolve("old"), "Old CA");
        DevPki next = DevPki.createFresh(DIR.resolve("next"), "Next CA");
        Path bundle = old.dir().resolve("ca.crt");

        next.addCaTo(bundle);

        try (InputStream in = Files.newInputStream(bundle)) {
            List<Certificate> cas = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
            assertEquals(List.of(old.caCertificate(), next.caCertificate()), cas);
        }
    }
}
