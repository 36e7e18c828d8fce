package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Renders a kustomization offline with {@code kubectl kustomize} (no cluster needed). */
final class Kustomize {

    private static final long TIMEOUT_SECONDS = 60;

    private Kustomize() {
    }

    /**
     * Skips the calling test (JUnit assumption) where kubectl is missing: the one case in which the manifests
     * cannot be checked here. Everything else is a failure.
     */
    static void assumeKubectl() {
        // CI (CI=true) must check the manifests: there a missing kubectl is a failure, never a skip.
        if (kubectl() == null && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("kubectl is required in CI to render and check the Kubernetes manifests");
        }
        assumeTrue(kubectl() != null,
                "kubectl not found on PATH or in /usr/bin: the Kubernetes manifests were NOT rendered or checked");
    }

    static String build(Path kustomizationDir) {
        assumeKubectl();
        try {
            Process process = new ProcessBuilder(kubectl().toString(), "kustomize", kustomizationDir.toString())
                    .redirectErrorStream(false).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + kustomizationDir + " took over "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + kustomizationDir + " failed:\n" + err.join());
            }
            return out.join();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + kustomizationDir, e);
        }
    }

    private static Path kubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : (path + ":/usr/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Path.of(dir, "kubectl");
            }
        }
        return null;
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
