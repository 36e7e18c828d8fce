package org.edgeauth.ees.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.edgeauth.contract.security.CertificateIdentity;

/** The identity in the EES's own certificate file ({@code edgeauth.tls.cert}: PEM, the leaf first). */
final class OwnCertificate {

    private OwnCertificate() {
    }

    /** Empty when the file is absent (e.g. while Quarkus builds the application). */
    static Optional<CertificateIdentity> identity(Path pemFile) {
        if (!Files.isRegularFile(pemFile)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(pemFile)) {
            X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return Optional.of(CertificateIdentity.of(leaf));
        } catch (IOException | CertificateException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the EES identity from " + pemFile + ": " + e.getMessage(), e);
        }
    }
}
