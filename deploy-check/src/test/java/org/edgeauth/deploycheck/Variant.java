package org.edgeauth.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Every deployable shape of k8s/ that the checks render: the base, each overlay, and the documented compositions. */
enum Variant {

    BASE("k8s/base"),
    DEV("k8s/overlays/dev"),
    PRODUCTION("k8s/overlays/production"),
    /** Production with an external Redis, as docs/deployment.md tells users to compose it. */
    PRODUCTION_EXTERNAL_REDIS(null);

    private final String directory;

    Variant(String directory) {
        this.directory = directory;
    }

    Path kustomization() {
        if (directory != null) {
            return Repository.path(directory);
        }
        Path dir = Repository.workDir("production-external-redis");
        // kustomize accepts only relative paths to other kustomizations
        String yaml = """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                components:
                  - %s
                """.formatted(dir.relativize(Repository.path("k8s/overlays/production")),
                dir.relativize(Repository.path("k8s/components/external-redis")));
        try {
            Files.writeString(dir.resolve("kustomization.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Variants that run the base's in-cluster Redis StatefulSet. */
    boolean hasInClusterRedis() {
        return this == BASE || this == PRODUCTION;
    }
}
