package org.edgeauth.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code ./edgeauth pki [--dir DIR] [--force] [--ees N]}: writes the development PKI.
 * <p>
 * Without {@code --ees} it makes the CA, the identities {@code token-issuer}, {@code ecs}, {@code ees-1},
 * {@code ees-2} and the issuer's signing key. {@code --ees N} makes N load-test EES identities
 * ({@code ees-0001}...) under {@code DIR/load/}, signed by the same CA. Existing material is kept unless
 * {@code --force}.
 */
public final class DevPkiCommand {

    static final String LOAD_FOLDER = "load";

    private DevPkiCommand() {
    }

    public static void main(String[] args) {
        Path dir = Path.of("dev-pki");
        boolean force = false;
        int loadIdentities = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--force" -> force = true;
                case "--ees" -> loadIdentities = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: pki [--dir DIR] [--force] [--ees N]");
                    System.exit(2);
                }
            }
        }
        long start = System.nanoTime();
        if (loadIdentities > 0) {
            int made = makeLoadIdentities(dir, loadIdentities, force);
            System.out.printf("%s: %d load-test EES identities (%d new) in %d ms%n", dir.resolve(LOAD_FOLDER),
                    loadIdentities, made, (System.nanoTime() - start) / 1_000_000);
        } else {
            boolean made = makeStandardIdentities(dir, force);
            System.out.printf("%s: %s in %d ms%n", dir, made ? "development PKI written" : "kept existing material (use --force to replace)",
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Returns false when the folder already holds a complete PKI and {@code force} is not set. */
    public static boolean makeStandardIdentities(Path dir, boolean force) {
        if (!force && Files.exists(dir.resolve(IdentityIndex.FILE_NAME)) && Files.exists(dir.resolve("issuer-signing.key"))) {
            return false;
        }
        if (force) {
            deleteQuietly(dir.resolve("ca.crt"), dir.resolve("ca.key"));
        }
        DevPki pki = DevPki.openOrCreate(dir, "EdgeAuth Development CA");
        List<IssuedIdentity> issued = List.of(
                pki.issue(IdentitySpec.server("token-issuer", DevPki.newInstanceId(), false)),
                pki.issue(IdentitySpec.server("ecs", DevPki.newInstanceId(), true)),
                pki.issue(IdentitySpec.ees("ees-1", "ees-1.edge.test", DevPki.newInstanceId())),
                pki.issue(IdentitySpec.ees("ees-2", "ees-2.edge.test", DevPki.newInstanceId())));
        pki.writeSigningKey("issuer-signing.key");
        pki.writeIndex(issued);
        return true;
    }

    /** Makes {@code count} EES identities in {@code dir/load}; returns how many were newly written. */
    public static int makeLoadIdentities(Path dir, int count, boolean force) {
        makeStandardIdentities(dir, false);
        Path loadDir = dir.resolve(LOAD_FOLDER);
        if (!force && IdentityIndex.read(loadDir.resolve(IdentityIndex.FILE_NAME)).size() == count) {
            return 0;
        }
        DevPki ca = DevPki.openOrCreate(dir, "EdgeAuth Development CA");
        DevPki load = ca.sharingCaWith(loadDir);
        // Key generation and signing dominate; both cores help.
        List<IssuedIdentity> issued = Collections.synchronizedList(new ArrayList<>());
        IntStream.rangeClosed(1, count).parallel().forEach(n -> {
            String name = String.format("ees-%04d", n);
            issued.add(load.issue(IdentitySpec.ees(name, name + ".load.edge.test", DevPki.newInstanceId())));
        });
        List<IssuedIdentity> ordered = issued.stream()
                .sorted((a, b) -> a.spec().name().compareTo(b.spec().name())).toList();
        load.writeIndex(ordered);
        return count;
    }

    private static void deleteQuietly(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
