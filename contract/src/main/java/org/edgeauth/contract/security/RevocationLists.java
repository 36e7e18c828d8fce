package org.edgeauth.contract.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * Revoked client certificates, from CRL files (RFC 5280 section 5) that an operator mounts next to the CA bundle
 * ({@code edgeauth.tls.crl}). Used where a TLS client is authenticated: the ECS's access filter and the token
 * issuer's client authentication. The handshake has already checked the chain; this adds "not revoked".
 * <p>
 * Decisions, each for a reason:
 * <ul>
 * <li>A CRL counts only when a CA of the trusted bundle signed it (its issuer name and signature): anyone able to
 * write the file must not be able to un-revoke a certificate with a CRL of their own.
 * <li>A file that changed but cannot be read or verified leaves the last good CRL of that file in force (logged,
 * {@link #lastFailure()}): a half-written or wrong update must neither un-revoke certificates nor lock every client
 * out. A file that never held a good CRL (wrong at start) refuses every client: fail closed, as any check that
 * cannot be evaluated (spec-notes.md section 6).
 * <li>A CRL past its {@code nextUpdate} no longer says whether its CA's certificates are revoked (RFC 5280 6.3.3:
 * status undetermined): those certificates are refused until a current CRL is mounted, fail closed again.
 * Certificates of CAs without a configured CRL are not checked.
 * </ul>
 * {@link #refresh()} re-reads the CRL files and the CA bundle (both may be rotated) and is meant to run periodically
 * off the request path; {@link #refusal} only reads the loaded state.
 */
public final class RevocationLists {

    private static final Logger LOG = Logger.getLogger(RevocationLists.class);

    private final List<Path> crlFiles;
    private final List<Path> caFiles;
    private final Clock clock;
    private volatile List<LoadedFile> loaded;

    /** Loads the files at once; a file that fails is recorded as such (every client refused until it loads). */
    public RevocationLists(List<Path> crlFiles, List<Path> caFiles, Clock clock) {
        this.crlFiles = List.copyOf(crlFiles);
        this.caFiles = List.copyOf(caFiles);
        this.clock = clock;
        this.loaded = crlFiles.stream().map(file -> new LoadedFile(file, null, null, List.of(), "not read yet")).toList();
        refresh();
    }

    /** No CRL configured: no revocation checking. */
    public static RevocationLists none() {
        return new RevocationLists(List.of(), List.of(), Clock.systemUTC());
    }

    /** Re-reads every CRL file whose content or CA bundle changed; returns whether any file's CRLs changed. */
    public synchronized boolean refresh() {
        if (crlFiles.isEmpty()) {
            return false;
        }
        byte[] bundle;
        try {
            bundle = readAll(caFiles);
        } catch (IOException e) {
            recordFailure("CA bundle unreadable: " + e.getMessage());
            return false;
        }
        boolean changed = false;
        List<LoadedFile> next = new ArrayList<>();
        for (LoadedFile previous : loaded) {
            LoadedFile current = previous.reload(bundle);
            changed |= current.crls != previous.crls;
            next.add(current);
        }
        loaded = List.copyOf(next);
        return changed;
    }

    /** Why {@code leaf} must be refused, or empty when it is not revoked (or no CRL covers its CA). */
    public Optional<String> refusal(X509Certificate leaf) {
        for (LoadedFile file : loaded) {
            if (file.bytes == null) {
                return Optional.of("revocation status unknown: CRL file " + file.path + " unusable (" + file.failure
                        + ")");
            }
            for (X509CRL crl : file.crls) {
                if (!crl.getIssuerX500Principal().equals(leaf.getIssuerX500Principal())) {
                    continue;
                }
                if (crl.getNextUpdate() != null && clock.instant().isAfter(crl.getNextUpdate().toInstant())) {
                    return Optional.of("revocation status unknown: the CRL of " + crl.getIssuerX500Principal()
                            + " expired at " + crl.getNextUpdate().toInstant());
                }
                X509CRLEntry entry = crl.getRevokedCertificate(leaf);
                if (entry != null) {
                    return Optional.of("certificate serial " + leaf.getSerialNumber().toString(16) + " revoked at "
                            + entry.getRevocationDate().toInstant());
                }
            }
        }
        return Optional.empty();
    }

    /** The most recent reason a changed file was not taken, while older CRLs stay in force. */
    public Optional<String> lastFailure() {
        return loaded.stream().map(file -> file.failure).filter(failure -> failure != null).findFirst();
    }

    private void recordFailure(String failure) {
        LOG.warnf("certificate revocation lists not reloaded: %s", failure);
        loaded = loaded.stream().map(file -> file.failed(failure)).toList();
    }

    private static byte[] readAll(List<Path> files) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        for (Path file : files) {
            out.writeBytes(Files.readAllBytes(file));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /**
     * One CRL file: the bytes (file and bundle) its CRLs were last loaded from, so that an unchanged file is not
     * parsed again; {@code bytes == null} while it never loaded.
     */
    private record LoadedFile(Path path, byte[] bytes, byte[] bundle, List<X509CRL> crls, String failure) {

        LoadedFile reload(byte[] currentBundle) {
            byte[] content;
            try {
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                return failed("unreadable: " + e);
            }
            if (Arrays.equals(content, bytes) && Arrays.equals(currentBundle, bundle)) {
                return failure == null ? this : new LoadedFile(path, bytes, bundle, crls, null);
            }
            try {
                List<X509CRL> verified = verify(content, currentBundle);
                LOG.infof("certificate revocation list %s loaded: %s", path, describe(verified));
                return new LoadedFile(path, content, currentBundle, verified, null);
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return failed(e.getMessage());
            }
        }

        LoadedFile failed(String why) {
            if (!why.equals(failure)) {
                LOG.warnf("certificate revocation list %s not taken (%s): %s", path,
                        bytes == null ? "no CRL from it yet: every client is refused" : "the previous one stays in force",
                        why);
            }
            return new LoadedFile(path, bytes, bundle, crls, why);
        }

        private static List<X509CRL> verify(byte[] content, byte[] bundle) throws GeneralSecurityException {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Collection<? extends CRL> parsed = factory.generateCRLs(new ByteArrayInputStream(content));
            if (parsed.isEmpty()) {
                throw new GeneralSecurityException("no CRL in the file");
            }
            Collection<? extends Certificate> cas = factory.generateCertificates(new ByteArrayInputStream(bundle));
            List<X509CRL> verified = new ArrayList<>();
            for (CRL crl : parsed) {
                verified.add(signedByTrustedCa((X509CRL) crl, cas));
            }
            return List.copyOf(verified);
        }

        private static X509CRL signedByTrustedCa(X509CRL crl, Collection<? extends Certificate> cas)
                throws GeneralSecurityException {
            for (Certificate certificate : cas) {
                X509Certificate ca = (X509Certificate) certificate;
                if (ca.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
                    try {
                        crl.verify(ca.getPublicKey());
                        return crl;
                    } catch (GeneralSecurityException e) {
                        // another CA of the same name (a CA change) may have signed it
                    }
                }
            }
            throw new GeneralSecurityException(
                    "CRL of " + crl.getIssuerX500Principal() + " is not signed by a trusted CA");
        }

        private static String describe(List<X509CRL> crls) {
            return crls.stream().map(crl -> crl.getIssuerX500Principal() + " ("
                    + (crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size())
                    + " revoked, next update " + (crl.getNextUpdate() == null ? "none" : crl.getNextUpdate().toInstant())
                    + ")").toList().toString();
        }
    }
}
