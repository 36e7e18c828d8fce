package org.edgeauth.deploycheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The container files: pinned bases, a non-root user, the module as a build argument, nothing secret inside. */
class DockerfilesTest {

    private static final String DOCKER = "src/main/docker/";
    private static final Pattern SECRET_FILE = Pattern.compile("dev-pki|\\.key\\b|\\.p12\\b|\\.jks\\b|ca\\.crt");
    private static final Pattern SECRET_ENV = Pattern.compile("(?i)(password|secret|token|private)\\w*\\s*=");

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro",
            "Dockerfile.native-build"})
    void buildsOneModuleAsNonRootFromPinnedBases(String name) {
        Dockerfile dockerfile = Dockerfile.read(Repository.path(DOCKER + name));

        for (String image : dockerfile.baseImages()) {
            assertTrue(ImageReference.parse(image).isPinned(), name + ": base image " + image + " is not pinned");
        }
        List<Dockerfile.Instruction> users = dockerfile.all("USER");
        assertFalse(users.isEmpty(), name + " sets no USER");
        assertEquals("1001:0", users.get(users.size() - 1).arguments(), name + ": the final user");

        List<Dockerfile.Instruction> entrypoints = dockerfile.all("ENTRYPOINT");
        assertEquals(1, entrypoints.size(), name);
        assertTrue(entrypoints.get(0).arguments().startsWith("["),
                name + ": ENTRYPOINT in exec form (signals reach the service)");

        assertTrue(dockerfile.all("ARG").stream().anyMatch(a -> a.arguments().equals("MODULE")), name + ": ARG MODULE");
        assertTrue(dockerfile.instructions().stream()
                .anyMatch(i -> i.arguments().contains("token-issuer|ecs|ees)")), name + " checks MODULE");
        assertTrue(dockerfile.instructions().stream().anyMatch(i -> i.keyword().equals("WORKDIR")
                && i.arguments().equals("/work")), name + ": WORKDIR /work (config/ overlay at /work/config)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro",
            "Dockerfile.native-build"})
    void bakesNoSecretIn(String name) {
        Dockerfile dockerfile = Dockerfile.read(Repository.path(DOCKER + name));
        for (Dockerfile.Instruction instruction : dockerfile.instructions()) {
            if (List.of("COPY", "ADD").contains(instruction.keyword())) {
                assertFalse(SECRET_FILE.matcher(instruction.arguments()).find(), name + ": " + instruction);
            }
            if (List.of("ENV", "ARG", "LABEL").contains(instruction.keyword())) {
                assertFalse(SECRET_ENV.matcher(instruction.arguments()).find(), name + ": " + instruction);
            }
        }
    }

    /** The build context of each file (repository root) must not carry dev-pki/ keys into the builder. */
    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro",
            "Dockerfile.native-build"})
    void buildContextLeavesKeysOut(String name) throws IOException {
        Path ignore = Repository.path(DOCKER + name + ".dockerignore");
        assertTrue(Files.isRegularFile(ignore), name + " has no " + ignore.getFileName());
        List<String> rules = Files.readAllLines(ignore).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        boolean denyAll = rules.get(0).equals("*") && rules.stream().noneMatch(r -> r.contains("dev-pki"));
        boolean excludesPki = rules.contains("dev-pki/") && rules.contains("**/target/");
        assertTrue(denyAll || excludesPki, name + ": the context must exclude dev-pki/");
    }

    /** JDK 25 runtime; the AOT cache (or AppCDS archive) is used when the build left one. */
    @Test
    void jvmImageRunsJdk25WithTheAotCacheWhenPresent() throws IOException {
        Dockerfile jvm = Dockerfile.read(Repository.path(DOCKER + "Dockerfile.jvm"));
        assertTrue(jvm.baseImages().get(0).matches(".*:25[.0-9_]*-jre.*"), jvm.baseImages().toString());
        String text = Files.readString(jvm.path());
        assertTrue(text.contains("-XX:AOTCache=/work/app.aot"));
        assertTrue(text.contains("@/work/aot-cache.args"));
    }

    /**
     * TS 33.210 6.2: no renegotiation and ECDHE groups only, on the command line of the JVM or the native executable
     * before any TLS code runs (JDK 25 fixes the groups when the first SSLEngine is made).
     */
    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.jvm", "Dockerfile.native", "Dockerfile.native-micro",
            "Dockerfile.native-build"})
    void imagesKeepToTheTlsProfileFromTheFirstHandshake(String file) {
        String entrypoint = Dockerfile.read(Repository.path(DOCKER + file)).all("ENTRYPOINT").get(0).arguments();
        assertTrue(entrypoint.contains("\"-Djdk.tls.rejectClientInitiatedRenegotiation=true\""), entrypoint);
        assertTrue(entrypoint.contains("\"-Djdk.tls.namedGroups=x25519,secp256r1,secp384r1\""), entrypoint);
    }

    /** Native images run on the UBI 9 micro image; the multi-stage build compiles with Mandrel. */
    @Test
    void nativeImagesUseTheQuarkusMicroBaseAndMandrel() {
        assertEquals(List.of("quay.io/quarkus/ubi9-quarkus-micro-image:2.0"),
                Dockerfile.read(Repository.path(DOCKER + "Dockerfile.native-micro")).baseImages());
        List<String> build = Dockerfile.read(Repository.path(DOCKER + "Dockerfile.native-build")).baseImages();
        assertEquals(2, build.size());
        assertTrue(build.get(0).startsWith("quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:"), build.get(0));
        assertEquals("quay.io/quarkus/ubi9-quarkus-micro-image:2.0", build.get(1));
    }
}
