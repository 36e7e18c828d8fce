package org.edgeauth.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load-test EES identities written by {@code ./edgeauth pki --ees N} into {@code <pki>/load/}: one certificate
 * per virtual user. Gatling's user ids count from 1, so user {@code u} is identity {@code u - 1}.
 */
public final class LoadIdentities {

    /** One EES as identities.json describes it. */
    public record Identity(String name, String eesId, String instanceId, Path p12) {
    }

    private static final char[] P12_PASSWORD = "changeit".toCharArray();

    private final List<Identity> identities;
    private final Map<Integer, KeyManagerFactory> keyManagers = new ConcurrentHashMap<>();

    private LoadIdentities(List<Identity> identities) {
        this.identities = identities;
    }

    public static LoadIdentities read(Path pkiDir) {
        Path dir = pkiDir.resolve("load");
        Path file = dir.resolve("identities.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: run ./edgeauth pki --ees N first");
        }
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<Identity> list = new ArrayList<>();
            for (JsonNode node : root.path("identities")) {
                if (node.hasNonNull("eesId")) {
                    list.add(new Identity(node.get("name").asText(), node.get("eesId").asText(),
                            node.get("instanceId").asText(), dir.resolve(node.path("files").path("p12").asText())));
                }
            }
            return new LoadIdentities(List.copyOf(list));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return identities.size();
    }

    /** Refuses a run that would make two virtual users share one EES identity. */
    public LoadIdentities requireAtLeast(int users) {
        if (users > identities.size()) {
            throw new IllegalStateException(users + " distinct EESs needed but only " + identities.size()
                    + " identities exist: run ./edgeauth pki --ees " + users);
        }
        return this;
    }

    /**
     * Decodes the PKCS#12 files of the first {@code count} identities before the run, so that no virtual user waits
     * for its client-side key loading (PBKDF2, tens of ms each) and the figures show only the servers' work.
     */
    public LoadIdentities preload(int count) {
        for (int user = 1; user <= Math.min(count, identities.size()); user++) {
            keyManagerOf(user);
        }
        return this;
    }

    public Identity ofUser(long userId) {
        return identities.get(index(userId));
    }

    /** The user's own certificate and key, for Gatling's perUserKeyManagerFactory. */
    public KeyManagerFactory keyManagerOf(long userId) {
        return keyManagers.computeIfAbsent(index(userId), i -> load(identities.get(i).p12()));
    }

    private int index(long userId) {
        return (int) ((userId - 1) % identities.size());
    }

    private static KeyManagerFactory load(Path p12) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, P12_PASSWORD);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, P12_PASSWORD);
            return factory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + p12, e);
        }
    }
}
