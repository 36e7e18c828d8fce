package org.edgeauth.pki;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.Callable;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * Waits for a running service to pick up replaced certificate files (rotation without restart, spec-notes.md 1):
 * tests replace the files with {@link DevPki#issue} or {@link DevPki#addCaTo} and then wait here, polling, for new
 * connections to see the result. The services reload every {@code quarkus.tls.<name>.reload-period} (1 s in tests).
 */
public final class CertificateRotation {

    /** How long a reload may take: many reload periods, on a busy machine (waits end as soon as the result shows). */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 200;

    private CertificateRotation() {
    }

    /** The leaf certificate the server at {@code host:port} shows a new connection of {@code client}. */
    public static X509Certificate served(SSLContext client, String host, int port) throws IOException {
        try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(host, port)) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    /** Waits until the server at {@code host:port} shows new connections {@code expected}. */
    public static void awaitServed(SSLContext client, String host, int port, X509Certificate expected) {
        await("new connections to " + host + ":" + port + " shown certificate " + expected.getSerialNumber(),
                () -> served(client, host, port).equals(expected));
    }

    /**
     * Polls {@code condition} until it holds, for up to {@link #PATIENCE}. An exception counts as "not yet": the
     * certificate and key files cannot be replaced in one step, and a reload in between fails until the next period.
     *
     * @throws AssertionError naming {@code what} when it never held
     */
    public static void await(String what, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (condition.call()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what, e);
            }
        }
        throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what, last);
    }
}
