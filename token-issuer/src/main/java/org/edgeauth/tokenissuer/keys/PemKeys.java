package org.edgeauth.tokenissuer.keys;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.jose4j.keys.EllipticCurves;

/**
 * Reads EC P-256 keys from PEM files: PKCS#8 {@code PRIVATE KEY} (what {@code openssl genpkey}, cert-manager and
 * the dev PKI write) and SubjectPublicKeyInfo {@code PUBLIC KEY}.
 */
final class PemKeys {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----",
            Pattern.DOTALL);
    private static final String PRIVATE_KEY = "PRIVATE KEY";
    private static final String PUBLIC_KEY = "PUBLIC KEY";
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

    private PemKeys() {
    }

    static ECPrivateKey privateKey(Path file) {
        Pem pem = read(file);
        if (!PRIVATE_KEY.equals(pem.type())) {
            throw new KeyFileException(file, "expected a PKCS#8 PEM private key (BEGIN PRIVATE KEY), found BEGIN "
                    + pem.type());
        }
        return p256(file, (ECPrivateKey) decode(file, pem));
    }

    /** The public key of a {@code PUBLIC KEY} file, or the one belonging to a {@code PRIVATE KEY} file. */
    static ECPublicKey publicKey(Path file) {
        Pem pem = read(file);
        return switch (pem.type()) {
            case PUBLIC_KEY, PRIVATE_KEY -> {
                ECKey key = decode(file, pem);
                yield key instanceof ECPrivateKey privateKey ? derivePublicKey(p256(file, privateKey))
                        : p256(file, (ECPublicKey) key);
            }
            default -> throw new KeyFileException(file, "expected BEGIN PRIVATE KEY or BEGIN PUBLIC KEY, found BEGIN "
                    + pem.type());
        };
    }

    /**
     * Q = d·G. A PKCS#8 key need not carry its public half (the JDK's encoding never does), and the JDK has no
     * public API for the point multiplication, hence Bouncy Castle's.
     */
    static ECPublicKey derivePublicKey(ECPrivateKey key) {
        org.bouncycastle.math.ec.ECPoint q = new FixedPointCombMultiplier().multiply(P256.getG(), key.getS()).normalize();
        BigInteger x = q.getAffineXCoord().toBigInteger();
        BigInteger y = q.getAffineYCoord().toBigInteger();
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), key.getParams()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC keys are not supported by this JDK", e);
        }
    }

    private static <K extends ECKey> K p256(Path file, K key) {
        if (!EllipticCurves.P_256.equals(EllipticCurves.getName(key.getParams().getCurve()))) {
            throw new KeyFileException(file, "key is not on curve P-256 (ES256 needs P-256)");
        }
        return key;
    }

    private static ECKey decode(Path file, Pem pem) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            return (ECKey) (PRIVATE_KEY.equals(pem.type())
                    ? factory.generatePrivate(new PKCS8EncodedKeySpec(pem.der()))
                    : factory.generatePublic(new X509EncodedKeySpec(pem.der())));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new KeyFileException(file, "not an EC key", e);
        }
    }

    private static Pem read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new KeyFileException(file, "cannot be read (" + e + ")", e);
        }
        Matcher matcher = PEM.matcher(text);
        if (!matcher.find()) {
            throw new KeyFileException(file, "no PEM block found");
        }
        try {
            return new Pem(matcher.group(1), Base64.getMimeDecoder().decode(matcher.group(2)));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(file, "PEM body is not base64", e);
        }
    }

    private record Pem(String type, byte[] der) {
    }
}
