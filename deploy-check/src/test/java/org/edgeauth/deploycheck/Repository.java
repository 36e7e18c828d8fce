package org.edgeauth.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checked files are: the repository root (k8s/, src/main/docker/) and a scratch folder under target/. */
final class Repository {

    private Repository() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("edgeauth.repository.root", "..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("k8s"))) {
            throw new IllegalStateException("no k8s/ under " + root + ": run the tests from the deploy-check module");
        }
        return root;
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    /** A fresh, existing folder under target/ for files the checks write (composed kustomizations). */
    static Path workDir(String name) {
        Path dir = Path.of(System.getProperty("edgeauth.work.dir", "target/deploy-check")).toAbsolutePath()
                .resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
