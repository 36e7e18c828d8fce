package org.edgeauth.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Every deployable shape of k8s/ that the checks render: the base, each overlay, and the documented compositions. */
enum Variant {

    BASE("k8s/base", null),
    DEV("k8s/overlays/dev", null),
    PRODUCTION("k8s/overlays/production", null),
    /** Production with an external Redis, as docs/deployment.md tells users to compose it. */
    PRODUCTION_EXTERNAL_REDIS("k8s/overlays/production", "k8s/components/external-redis"),
    /** Production with certificate revocation lists mounted (k8s/components/crl). */
    PRODUCTION_CRL("k8s/overlays/production", "k8s/components/crl");

    private final String directory;
    private final String component;

    Variant(String directory, String component) {
        this.directory = directory;
        this.component = component;
    }

    Path kustomization() {
        if (component == null) {
            return Repository.path(directory);
        }
        Path dir = Repository.workDir(name().toLowerCase(Locale.ROOT).replace('_', '-'));
        // kustomize accepts only relative paths to other kustomizations
        String yaml = """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                components:
                  - %s
                """.formatted(dir.relativize(Repository.path(directory)), dir.relativize(Repository.path(component)));
        try {
            Files.writeString(dir.resolve("kustomization.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Variants that run the base's in-cluster Redis StatefulSet. */
    boolean hasInClusterRedis() {
        return this == BASE || this == PRODUCTION || this == PRODUCTION_CRL;
    }
}
