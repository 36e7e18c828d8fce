package org.edgeauth.ecs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Test issuer signing keys (EC P-256) kept as files in the test PKI folder, and the JWKS the test JWKS server
 * serves. Files, not objects, because the test resource and the tests may live in different class loaders.
 */
public final class SigningKeys {

    public static final String JWKS_FILE = "jwks.json";
    public static final String UNAVAILABLE_MARKER = "jwks.unavailable";

    private SigningKeys() {
    }

    public static void create(Path dir, String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            Files.writeString(dir.resolve(name + ".key"), pem(keys.getPrivate().getEncoded()));
            Files.writeString(dir.resolve(name + ".pub"), pem(keys.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey privateKey(Path dir, String name) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der(dir.resolve(name + ".key"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKey publicKey(Path dir, String name) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der(dir.resolve(name + ".pub"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 7638 thumbprint: the kid the token issuer uses. */
    public static String kid(Path dir, String name) {
        return jwk(dir, name).calculateBase64urlEncodedThumbprint("SHA-256");
    }

    /** Makes the JWKS server publish exactly these keys from its next request on. */
    public static void publish(Path dir, String... names) {
        try {
            List<JsonWebKey> keys = new ArrayList<>();
            for (String name : names) {
                PublicJsonWebKey jwk = jwk(dir, name);
                jwk.setKeyId(kid(dir, name));
                jwk.setUse("sig");
                jwk.setAlgorithm("ES256");
                keys.add(jwk);
            }
            Files.writeString(dir.resolve(JWKS_FILE), new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** While unavailable, the JWKS server answers 503. */
    public static void setAvailable(Path dir, boolean available) {
        try {
            if (available) {
                Files.deleteIfExists(dir.resolve(UNAVAILABLE_MARKER));
            } else {
                Files.writeString(dir.resolve(UNAVAILABLE_MARKER), "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublicJsonWebKey jwk(Path dir, String name) {
        try {
            return PublicJsonWebKey.Factory.newPublicJwk(publicKey(dir, name));
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(byte[] der) {
        return Base64.getMimeEncoder().encodeToString(der) + "\n";
    }

    private static byte[] der(Path file) {
        try {
            return Base64.getMimeDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
