package org.edgeauth.tokenissuer.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Optional;

import org.edgeauth.tokenissuer.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rotation rules, without waiting for the reload timer. */
class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void refusesToStartWithoutItsSigningKey() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new SigningKeys(new KeyFiles(dir.resolve("missing.key"), List.of())));

        assertTrue(failure.getMessage().startsWith("cannot start without the token signing key"), failure.getMessage());
        assertTrue(failure.getMessage().contains("missing.key"), failure.getMessage());
    }

    @Test
    void reloadWithoutChangesKeepsTheRing() {
        TestKeys.writeKeyPair(dir, "active");
        SigningKeys keys = new SigningKeys(new KeyFiles(dir.resolve("active.key"), List.of()));
        KeyRing before = keys.current();

        assertFalse(keys.reload());
        assertEquals(before, keys.current());
    }

    @Test
    void aNewlyPublishedKeyAppearsThenSwitchingTheActiveKeyChangesTheKid() {
        KeyPair first = TestKeys.writeKeyPair(dir, "active");
        Path published = dir.resolve("published.pub");
        TestKeys.writePem(published, first.getPublic());
        SigningKeys keys = new SigningKeys(new KeyFiles(dir.resolve("active.key"), List.of(published)));
        assertEquals(List.of(kid(first)), keys.current().publishedKids());

        KeyPair next = TestKeys.newP256();
        TestKeys.writePem(published, next.getPublic());
        assertTrue(keys.reload());
        assertEquals(kid(first), keys.current().active().kid());
        assertEquals(List.of(kid(first), kid(next)), keys.current().publishedKids());

        TestKeys.writePem(dir.resolve("active.key"), next.getPrivate());
        TestKeys.writePem(published, first.getPublic());
        assertTrue(keys.reload());
        assertEquals(kid(next), keys.current().active().kid());
        assertEquals(List.of(kid(next), kid(first)), keys.current().publishedKids());
    }

    @Test
    void aBrokenKeyFileKeepsTheLastGoodRingAndReportsWhy() throws Exception {
        KeyPair first = TestKeys.writeKeyPair(dir, "active");
        SigningKeys keys = new SigningKeys(new KeyFiles(dir.resolve("active.key"), List.of()));

        Files.writeString(dir.resolve("active.key"), "-----BEGIN PRIVATE KEY-----\n");
        assertFalse(keys.reload());
        assertEquals(kid(first), keys.current().active().kid());
        assertTrue(keys.reloadFailure().orElseThrow().contains("active.key"));

        Files.delete(dir.resolve("active.key"));
        assertFalse(keys.reload());
        assertEquals(kid(first), keys.current().active().kid());

        TestKeys.writePem(dir.resolve("active.key"), first.getPrivate());
        assertFalse(keys.reload());
        assertEquals(Optional.empty(), keys.reloadFailure());
    }

    private static String kid(KeyPair keys) {
        return TestKeys.thumbprint((ECPublicKey) keys.getPublic());
    }
}
