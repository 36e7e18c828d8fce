package org.edgeauth.pki;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * A development certificate authority kept in one folder: {@code ca.crt}/{@code ca.key} and, per identity,
 * {@code NAME.crt}, {@code NAME.key} (PKCS#8 PEM) and {@code NAME.p12} (password {@value #P12_PASSWORD_TEXT}).
 * Throw-away material for local runs and tests only.
 */
public final class DevPki {

    public static final String P12_PASSWORD_TEXT = "changeit";
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);

    private final Path dir;
    private final X509Certificate caCert;
    private final KeyPair caKeys;

    private DevPki(Path dir, X509Certificate caCert, KeyPair caKeys) {
        this.dir = dir;
        this.caCert = caCert;
        this.caKeys = caKeys;
    }

    /** Opens the CA in {@code dir}, creating it (and the folder) when absent. */
    public static DevPki openOrCreate(Path dir, String caName) {
        try {
            Files.createDirectories(dir);
            Path crt = dir.resolve("ca.crt");
            Path key = dir.resolve("ca.key");
            if (Files.exists(crt) && Files.exists(key)) {
                X509Certificate cert = readCertificate(crt);
                return new DevPki(dir, cert, new KeyPair(cert.getPublicKey(), readPrivateKey(key)));
            }
            KeyPair keys = CertificateMaker.newKeyPair();
            X509Certificate cert = CertificateMaker.selfSignedCa(caName, keys, Instant.now().minusSeconds(60),
                    Duration.ofDays(5 * 365));
            writePem(crt, "CERTIFICATE", cert.getEncoded());
            writePrivateKey(key, keys.getPrivate());
            return new DevPki(dir, cert, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new CA in a folder emptied first: tests make one throw-away PKI per run and must not pick up files of an
     * earlier run.
     */
    public static DevPki createFresh(Path dir, String caName) {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return openOrCreate(dir, caName);
    }

    /** The same CA writing its identities into another folder (used for the many load-test identities). */
    public DevPki sharingCaWith(Path otherDir) {
        try {
            Files.createDirectories(otherDir);
            writePem(otherDir.resolve("ca.crt"), "CERTIFICATE", caCert.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new DevPki(otherDir, caCert, caKeys);
    }

    public Path dir() {
        return dir;
    }

    public X509Certificate caCertificate() {
        return caCert;
    }

    /** Issues a certificate valid from a minute ago for {@link #DEFAULT_VALIDITY} and writes its files. */
    public IssuedIdentity issue(IdentitySpec spec) {
        return issue(spec, Instant.now().minusSeconds(60), DEFAULT_VALIDITY);
    }

    /**
     * Issues a certificate with the given validity window (tests use past windows for expired certificates). The
     * files of an identity issued again are replaced one right after the other, each in one move, so that a running
     * service reloading them (certificate rotation) sees a mismatched certificate and key for as short as possible.
     */
    public IssuedIdentity issue(IdentitySpec spec, Instant notBefore, Duration validity) {
        KeyPair keys = CertificateMaker.newKeyPair();
        X509Certificate cert = CertificateMaker.endEntity(spec, keys, caCert, caKeys, notBefore, validity);
        Path crt = dir.resolve(spec.name() + ".crt");
        Path key = dir.resolve(spec.name() + ".key");
        Path p12 = dir.resolve(spec.name() + ".p12");
        try {
            Path stagedCrt = staged(crt);
            Path stagedKey = staged(key);
            Path stagedP12 = staged(p12);
            writePem(stagedCrt, "CERTIFICATE", cert.getEncoded());
            writePrivateKey(stagedKey, keys.getPrivate());
            writePkcs12(stagedP12, spec.name(), keys.getPrivate(), new Certificate[] { cert, caCert });
            moveInPlace(stagedKey, key);
            moveInPlace(stagedCrt, crt);
            moveInPlace(stagedP12, p12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new IssuedIdentity(spec, cert, crt, key, p12);
    }

    /**
     * Writes a PEM certificate revocation list (RFC 5280 5) signed by this CA into {@code file}, listing
     * {@code revoked}. The file is replaced in one move, as a mounted Secret or ConfigMap update would.
     */
    public X509CRL writeCrl(Path file, Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) {
        X509CRL crl = CertificateMaker.crl(caCert, caKeys, thisUpdate, nextUpdate, revoked);
        try {
            Path written = staged(file);
            writePem(written, "X509 CRL", crl.getEncoded());
            moveInPlace(written, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return crl;
    }

    /**
     * Adds this CA's certificate to the PEM trust bundle {@code bundle} (a CA change: the old and the new CA trusted
     * side by side), replacing the file in one move.
     */
    public void addCaTo(Path bundle) {
        try {
            Path written = staged(bundle);
            Files.copy(bundle, written, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(written, pem("CERTIFICATE", caCert.getEncoded()), StandardCharsets.US_ASCII,
                    StandardOpenOption.APPEND);
            moveInPlace(written, bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a fresh EC P-256 JWS signing key (PKCS#8 PEM) and returns it. */
    public PrivateKey writeSigningKey(String fileName) {
        KeyPair keys = CertificateMaker.newKeyPair();
        try {
            writePrivateKey(dir.resolve(fileName), keys.getPrivate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys.getPrivate();
    }

    /** Writes {@code identities.json}: name, eesId (EES only), instance id and files of each identity. */
    public void writeIndex(List<IssuedIdentity> identities) {
        List<Map<String, Object>> entries = identities.stream().map(i -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", i.spec().name());
            if (i.spec().eesId() != null) {
                entry.put("eesId", i.spec().eesId());
            }
            entry.put("instanceId", i.spec().instanceId().toString());
            entry.put("files", Map.of("crt", i.crt().getFileName().toString(), "key", i.key().getFileName().toString(),
                    "p12", i.p12().getFileName().toString()));
            return entry;
        }).toList();
        IdentityIndex.write(dir.resolve(IdentityIndex.FILE_NAME), entries);
        writeInstanceIdEnv(identities);
    }

    /**
     * Writes {@code instance-ids.env} ({@code ECS_INSTANCE_ID=...}, one line per identity) so that shell scripts
     * such as the launcher can read the ids without a JSON parser.
     */
    private void writeInstanceIdEnv(List<IssuedIdentity> identities) {
        StringBuilder env = new StringBuilder();
        for (IssuedIdentity i : identities) {
            String variable = i.spec().name().toUpperCase(Locale.ROOT).replace('-', '_') + "_INSTANCE_ID";
            env.append(variable).append('=').append(i.spec().instanceId()).append('\n');
        }
        try {
            Files.writeString(dir.resolve("instance-ids.env"), env.toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static UUID newInstanceId() {
        return UUID.randomUUID();
    }

    public static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        try (PemReader reader = new PemReader(Files.newBufferedReader(file, StandardCharsets.US_ASCII))) {
            PemObject pem = reader.readPemObject();
            if (pem == null || !"PRIVATE KEY".equals(pem.getType())) {
                throw new GeneralSecurityException(file + " is not a PKCS#8 PEM private key");
            }
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pem.getContent()));
        }
    }

    private static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        writePem(file, "PRIVATE KEY", key.getEncoded());
        restrictToOwner(file);
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        Files.writeString(file, pem(type, der), StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        }
        return out.toString();
    }

    /** Where {@code file}'s next content is written before {@link #moveInPlace} replaces it in one step. */
    private static Path staged(Path file) {
        return file.resolveSibling(file.getFileName() + ".new");
    }

    private static void moveInPlace(Path staged, Path file) throws IOException {
        Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writePkcs12(Path file, String alias, PrivateKey key, Certificate[] chain)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, P12_PASSWORD_TEXT.toCharArray(), chain);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, P12_PASSWORD_TEXT.toCharArray());
        }
        restrictToOwner(file);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to tighten
        }
    }
}
