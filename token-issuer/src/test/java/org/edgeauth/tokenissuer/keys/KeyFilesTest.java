package org.edgeauth.tokenissuer.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.List;

import org.edgeauth.tokenissuer.TestKeys;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void activeKeyGetsItsRfc7638ThumbprintAsKidAndItsDerivedPublicKeyInTheJwks() throws Exception {
        KeyPair active = TestKeys.writeKeyPair(dir, "active");

        KeyRing ring = new KeyFiles(dir.resolve("active.key"), List.of()).load();

        String kid = TestKeys.thumbprint((ECPublicKey) active.getPublic());
        assertEquals(kid, ring.active().kid());
        assertEquals(active.getPrivate(), ring.active().privateKey());
        List<JsonWebKey> published = new JsonWebKeySet(ring.jwks()).getJsonWebKeys();
        assertEquals(1, published.size());
        assertEquals(kid, published.get(0).getKeyId());
        assertEquals(active.getPublic(), ((PublicJsonWebKey) published.get(0)).getPublicKey());
        assertSignsVerifiably(ring.active(), (ECPublicKey) published.get(0).getKey());
    }

    @Test
    void publishesFurtherKeysFromPublicOrPrivateFilesActiveFirstWithoutRepeats() {
        KeyPair active = TestKeys.writeKeyPair(dir, "active");
        KeyPair previous = TestKeys.writeKeyPair(dir, "previous");
        KeyPair next = TestKeys.writeKeyPair(dir, "next");

        KeyRing ring = new KeyFiles(dir.resolve("active.key"),
                List.of(dir.resolve("previous.key"), dir.resolve("next.pub"), dir.resolve("active.pub"))).load();

        assertEquals(List.of(thumbprint(active), thumbprint(previous), thumbprint(next)), ring.publishedKids());
    }

    @Test
    void jwksHoldsPublicMembersOnly() throws Exception {
        TestKeys.writeKeyPair(dir, "active");
        TestKeys.writeKeyPair(dir, "previous");

        String jwks = new KeyFiles(dir.resolve("active.key"), List.of(dir.resolve("previous.key"))).load().jwks();

        assertFalse(jwks.contains("\"d\""), jwks);
        for (JsonWebKey key : new JsonWebKeySet(jwks).getJsonWebKeys()) {
            assertEquals("EC", key.getKeyType());
            assertEquals("sig", key.getUse());
            assertEquals("ES256", key.getAlgorithm());
        }
    }

    @Test
    void missingActiveKeyNamesTheFile() {
        KeyFileException failure = assertThrows(KeyFileException.class,
                () -> new KeyFiles(dir.resolve("absent.key"), List.of()).load());

        assertTrue(failure.getMessage().contains(dir.resolve("absent.key").toString()), failure.getMessage());
    }

    @Test
    void missingPublishedKeyFailsTheWholeLoad() {
        TestKeys.writeKeyPair(dir, "active");

        assertThrows(KeyFileException.class,
                () -> new KeyFiles(dir.resolve("active.key"), List.of(dir.resolve("absent.pub"))).load());
    }

    @Test
    void activeKeyMustBeAPrivateKey() {
        TestKeys.writeKeyPair(dir, "active");

        KeyFileException failure = assertThrows(KeyFileException.class,
                () -> new KeyFiles(dir.resolve("active.pub"), List.of()).load());
        assertTrue(failure.getMessage().contains("BEGIN PUBLIC KEY"), failure.getMessage());
    }

    @Test
    void refusesKeysOffCurveP256() {
        TestKeys.writePem(dir.resolve("p384.key"), TestKeys.newKeyPair("secp384r1").getPrivate());

        KeyFileException failure = assertThrows(KeyFileException.class,
                () -> new KeyFiles(dir.resolve("p384.key"), List.of()).load());
        assertTrue(failure.getMessage().contains("P-256"), failure.getMessage());
    }

    @Test
    void refusesFilesThatAreNotEcPemKeys() throws Exception {
        Files.writeString(dir.resolve("garbage.key"), "not a key");
        Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve("broken.key"), "-----BEGIN PRIVATE KEY-----\n!!!\n-----END PRIVATE KEY-----\n");
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        TestKeys.writePem(dir.resolve("rsa.key"), rsa.generateKeyPair().getPrivate());

        for (String file : List.of("garbage.key", "cert.pem", "broken.key", "rsa.key")) {
            assertThrows(KeyFileException.class, () -> new KeyFiles(dir.resolve(file), List.of()).load(), file);
        }
    }

    private static String thumbprint(KeyPair keys) {
        return TestKeys.thumbprint((ECPublicKey) keys.getPublic());
    }

    private static void assertSignsVerifiably(SigningKey key, ECPublicKey published) throws Exception {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key.privateKey());
        signer.update(new byte[] { 1, 2, 3 });
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(published);
        verifier.update(new byte[] { 1, 2, 3 });
        assertTrue(verifier.verify(signature));
    }
}
