package org.edgeauth.ecs.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One raw HTTP/1.1 exchange over TLS, for what an HTTP client library would hide: a handshake the server refuses
 * (with TLS 1.3 the client learns it only when reading) and request paths sent byte for byte.
 */
public final class TlsProbe {

    private TlsProbe() {
    }

    /** The response status line, or empty when the TLS connection was refused or dropped. */
    public static Optional<String> statusLine(SSLContext tls, String method, String path, String authorization) {
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("localhost", EesClient.httpsPort())) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            String request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Optional.ofNullable(line);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
