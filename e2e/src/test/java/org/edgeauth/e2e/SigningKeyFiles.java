package org.edgeauth.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.edgeauth.pki.DevPki;

/**
 * The operator's side of a signing-key rotation, as the token-issuer README describes it: three key files the issuer
 * re-reads every {@code key-reload-period}, each replaced in one atomic move (as the kubelet swaps a Secret's files),
 * so a re-read never sees half a key. {@code issuer-signing.key} signs (the launcher's
 * {@code EDGEAUTH_ISSUER_ACTIVE_KEY}); {@code issuer-previous.key} and {@code issuer-next.key} are published too.
 * At rest both hold a copy of the active key (the JWKS lists each key once).
 */
final class SigningKeyFiles {

    static final String ACTIVE = "issuer-signing.key";
    static final String PREVIOUS = "issuer-previous.key";
    static final String NEXT = "issuer-next.key";

    private final Path dir;

    SigningKeyFiles(Path dir) {
        this.dir = dir;
    }

    /** What the token issuer must be told to publish the previous and next keys. */
    static Map<String, String> issuerEnvironment(Path dir) {
        return Map.of("EDGEAUTH_ISSUER_PUBLISHED_KEYS", dir.resolve(PREVIOUS) + "," + dir.resolve(NEXT));
    }

    /** The state at rest: the active key alone. Needs the PKI (the active key) to exist. */
    void atRest() {
        copy(ACTIVE, PREVIOUS);
        copy(ACTIVE, NEXT);
    }

    /** Step 1: a new key is published (not yet signing). */
    void publishNext() {
        Path fresh = dir.resolve(NEXT + ".new");
        DevPki.openOrCreate(dir, "EdgeAuth Development CA").writeSigningKey(fresh.getFileName().toString());
        move(fresh, dir.resolve(NEXT));
    }

    /** Step 2: the next key signs; the old one stays published. Every re-read in between sees both. */
    void activateNext() {
        copy(ACTIVE, PREVIOUS);
        copy(NEXT, ACTIVE);
    }

    /** Step 3: the old key is no longer published. */
    void retirePrevious() {
        copy(ACTIVE, PREVIOUS);
    }

    private void copy(String from, String to) {
        Path staged = dir.resolve(to + ".new");
        try {
            Files.copy(dir.resolve(from), staged, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        move(staged, dir.resolve(to));
    }

    private static void move(Path staged, Path target) {
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
