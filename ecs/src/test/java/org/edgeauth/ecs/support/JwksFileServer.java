package org.edgeauth.ecs.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A stand-in for the token issuer's JWKS endpoint: HTTPS on 127.0.0.1, serving the test PKI folder's
 * {@value SigningKeys#JWKS_FILE} as it is at each request (503 while {@value SigningKeys#UNAVAILABLE_MARKER}
 * exists), so tests can rotate keys or make the issuer unreachable.
 */
final class JwksFileServer {

    static final String PATH = "/.well-known/jwks.json";

    private final HttpsServer server;

    private JwksFileServer(HttpsServer server) {
        this.server = server;
    }

    static JwksFileServer start(SSLContext tls, Path dir) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.createContext(PATH, exchange -> serve(exchange, dir));
            server.start();
            return new JwksFileServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private static void serve(HttpExchange exchange, Path dir) throws IOException {
        try (exchange) {
            if (Files.exists(dir.resolve(SigningKeys.UNAVAILABLE_MARKER))) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = Files.readAllBytes(dir.resolve(SigningKeys.JWKS_FILE));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
