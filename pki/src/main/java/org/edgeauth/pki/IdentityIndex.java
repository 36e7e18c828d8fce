package org.edgeauth.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Reads and writes {@code identities.json}, the list of identities a PKI folder holds. */
public final class IdentityIndex {

    public static final String FILE_NAME = "identities.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private IdentityIndex() {
    }

    public static void write(Path file, List<Map<String, Object>> entries) {
        try {
            JSON.writeValue(file.toFile(), Map.of("identities", entries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Map<String, Object>> read(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Map<String, List<Map<String, Object>>> root = JSON.readValue(file.toFile(), new TypeReference<>() {
            });
            return root.getOrDefault("identities", List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
