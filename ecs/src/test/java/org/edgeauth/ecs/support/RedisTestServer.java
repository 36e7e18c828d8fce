package org.edgeauth.ecs.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.edgeauth.pki.IssuedIdentity;

import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server on a free 127.0.0.1 port for the store tests: Debian's {@code redis-server} when it is on the
 * PATH, else the binary embedded-redis ships. Its data lives in {@code target/redis-test/<name>} with an
 * append-only file, so {@link #stop()} then {@link #start()} is a Redis restart that keeps what was stored.
 * Optionally TLS-only with a password, as a production Redis would be reached.
 */
public final class RedisTestServer {

    public static final Path ROOT = Path.of("target", "redis-test").toAbsolutePath();

    private static final String CONFIG = "redis.conf";
    private static final String READY = "Ready to accept connections";

    private final Path dir;
    private final int port;
    private final String password;
    private final File executable;
    private Process process;

    private RedisTestServer(Path dir, int port, String password) throws IOException {
        this.dir = dir;
        this.port = port;
        this.password = password;
        this.executable = executable();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    /** Plain TCP, no password. */
    public static RedisTestServer start(String name) {
        return start(name, null, null);
    }

    /** TLS only (the certificate of {@code identity}, no client certificate asked) and {@code password}. */
    public static RedisTestServer start(String name, IssuedIdentity identity, String password) {
        Path dir = ROOT.resolve(name);
        int port = freePort();
        List<String> config = new ArrayList<>(List.of("bind 127.0.0.1", "dir \"" + dir + "\"", "save \"\"",
                "appendonly yes"));
        if (identity == null) {
            config.add("port " + port);
        } else {
            config.addAll(List.of("port 0", "tls-port " + port, "tls-cert-file \"" + identity.crt() + "\"",
                    "tls-key-file \"" + identity.key() + "\"", "tls-auth-clients no", "requirepass " + password));
        }
        try {
            deleteRecursively(dir);
            Files.createDirectories(dir);
            Files.write(dir.resolve(CONFIG), config);
            RedisTestServer redis = new RedisTestServer(dir, port, password);
            redis.start();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts again after {@link #stop()}: same port, same data. Returns once Redis accepts connections. */
    public synchronized void start() {
        try {
            process = new ProcessBuilder(executable.getAbsolutePath(), dir.resolve(CONFIG).toString())
                    .redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null && !line.contains(READY)) {
                seen.append(line).append('\n');
            }
            if (line == null) {
                throw new IllegalStateException(executable + " did not start:\n" + seen);
            }
            Thread drain = new Thread(() -> drain(output), "redis-output-" + port);
            drain.setDaemon(true);
            drain.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM: Redis flushes its append-only file and exits; clients see refused connections. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGSTOP: the server keeps its connections open but answers nothing, like a hung Redis. */
    public void pause() {
        signal("-STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("-CONT");
    }

    public int port() {
        return port;
    }

    /** The URI a client is given ({@code quarkus.redis.hosts} form), password included. */
    public String uri() {
        return password == null ? "redis://127.0.0.1:" + port : "rediss://:" + password + "@localhost:" + port;
    }

    public String password() {
        return password;
    }

    private synchronized void signal(String signal) {
        try {
            int status = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start()
                    .waitFor();
            if (status != 0) {
                throw new IllegalStateException("kill " + signal + " exited with " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps reading Redis's log, so that Redis never blocks on a full pipe, until the process ends. */
    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // discarded
            }
        } catch (IOException ended) {
            // the process is gone and its stream closed
        }
    }

    private static File executable() throws IOException {
        try {
            return ExecutableProvider.newExecutableInPath("redis-server").get();
        } catch (FileNotFoundException notOnPath) {
            return ExecutableProvider.newJarResourceProvider().get();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
