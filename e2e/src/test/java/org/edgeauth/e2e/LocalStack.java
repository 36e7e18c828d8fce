package org.edgeauth.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;

import org.edgeauth.pki.DevPki;

/**
 * The packaged services started as real processes through {@code ./edgeauth}, with their own PKI, run folder and
 * ports (offset from the standard ones) so the test never touches a developer's stack.
 */
final class LocalStack implements AutoCloseable {

    static final int PORT_OFFSET = Integer.getInteger("e2e.port-offset", 20000);
    /** The stack's PKI folder (CA, identities, the issuer's signing key), kept between runs. */
    static final Path PKI_DIR = Path.of(System.getProperty("user.dir"), "target", "e2e-pki");

    private final Path root;
    private final Path pkiDir;
    private final Path runDir;
    private final Map<String, String> serviceEnv;

    /** @param serviceEnv extra environment every service sees (e.g. short lifetimes for the test) */
    LocalStack(Map<String, String> serviceEnv) {
        this.root = Path.of(System.getProperty("user.dir")).getParent();
        Path target = Path.of(System.getProperty("user.dir"), "target");
        this.pkiDir = PKI_DIR;
        this.runDir = target.resolve("e2e-run");
        this.serviceEnv = serviceEnv;
    }

    /** Makes the PKI if it is not there yet (up does too; call it first to prepare files before up). */
    void pki() {
        launcher("pki");
    }

    void up() {
        pki();
        launcher("up");
    }

    void start(String service) {
        launcher("start", service);
    }

    void stop(String service) {
        launcher("stop", service);
    }

    void restart(String service) {
        launcher("restart", service);
    }

    @Override
    public void close() {
        launcher("down");
    }

    int port(int standardPort) {
        return standardPort + PORT_OFFSET;
    }

    String instanceId(String identity) {
        Properties ids = new Properties();
        try (InputStream in = Files.newInputStream(pkiDir.resolve("instance-ids.env"))) {
            ids.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids.getProperty(identity.toUpperCase().replace('-', '_') + "_INSTANCE_ID");
    }

    String log(String service) {
        try {
            return Files.readString(runDir.resolve(service + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A plain-HTTP request to a service's management interface (health, metrics). */
    RequestSpecification management(int standardPort) {
        return given().baseUri("http://127.0.0.1").port(port(standardPort));
    }

    /** A rest-assured request over mTLS presenting {@code identity}'s certificate to {@code https://localhost:port}. */
    RequestSpecification as(String identity, int standardPort) {
        SSLConfig ssl = SSLConfig.sslConfig()
                .keyStore(pkiDir.resolve(identity + ".p12").toString(), DevPki.P12_PASSWORD_TEXT)
                .keystoreType("PKCS12")
                .trustStore(trustStore())
                .allowAllHostnames();
        return given().config(RestAssuredConfig.config().sslConfig(ssl))
                .baseUri("https://localhost").port(port(standardPort));
    }

    private KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", DevPki.readCertificate(pkiDir.resolve("ca.crt")));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void launcher(String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("edgeauth").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(serviceEnv);
        builder.environment().put("EDGEAUTH_PKI_DIR", pkiDir.toString());
        builder.environment().put("EDGEAUTH_RUN_DIR", runDir.toString());
        builder.environment().put("EDGEAUTH_PORT_OFFSET", String.valueOf(PORT_OFFSET));
        try {
            Process process = builder.start();
            try (OutputStream stdin = process.getOutputStream()) {
                // nothing to say: the launcher asks no questions
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("./edgeauth " + String.join(" ", args) + " failed:\n" + output);
            }
            System.out.print(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
