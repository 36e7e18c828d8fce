package org.edgeauth.ecs.support;

import java.io.IOException;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/** A bare TLS handshake with the ECS offering only the given protocols and cipher suites: what did it agree to? */
public final class TlsHandshake {

    private TlsHandshake() {
    }

    /** The negotiated session, or empty when the server refused every offer. */
    public static Optional<SSLSession> offering(SSLContext tls, String[] protocols, String... cipherSuites) {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", EesClient.httpsPort())) {
            socket.setSoTimeout(10_000);
            socket.setEnabledProtocols(protocols);
            if (cipherSuites.length > 0) {
                socket.setEnabledCipherSuites(cipherSuites);
            }
            socket.startHandshake();
            return Optional.of(socket.getSession());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
