package org.edgeauth.ees.support;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.edgeauth.pki.IssuedIdentity;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;

/**
 * An HTTPS server on 127.0.0.1 that demands a client certificate from the test CA (a peer of the EES as the
 * real ones are), and that can be stopped and started again on the same port to play an outage.
 */
final class MtlsServer {

    private final Vertx vertx;
    private final HttpServerOptions options;
    private final Handler<HttpServerRequest> handler;
    private HttpServer server;
    private int port;

    MtlsServer(Vertx vertx, IssuedIdentity identity, Path ca, Handler<HttpServerRequest> handler) {
        this.vertx = vertx;
        this.handler = handler;
        this.options = new HttpServerOptions()
                .setSsl(true)
                .setUseAlpn(true)
                .setClientAuth(ClientAuth.REQUIRED)
                .setKeyCertOptions(new PemKeyCertOptions().setCertPath(identity.crt().toString())
                        .setKeyPath(identity.key().toString()))
                .setTrustOptions(new PemTrustOptions().addCertPath(ca.toString()));
    }

    /** Listens (again) on its port; does nothing while already listening. */
    synchronized void start() {
        if (server != null) {
            return;
        }
        server = await(vertx.createHttpServer(options).requestHandler(handler).listen(port, "127.0.0.1")
                .toCompletionStage().toCompletableFuture());
        port = server.actualPort();
    }

    synchronized void stop() {
        if (server != null) {
            await(server.close().toCompletionStage().toCompletableFuture());
            server = null;
        }
    }

    int port() {
        return port;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
