package org.edgeauth.ees.support;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLPeerUnverifiedException;

import org.edgeauth.contract.security.CertificateIdentity;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/** Turns a Vert.x request into a {@link Recorded}. */
final class Requests {

    private Requests() {
    }

    static Recorded record(HttpServerRequest request, Buffer body) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.params().forEach(entry -> query.computeIfAbsent(entry.getKey(), key -> new ArrayList<>())
                .add(entry.getValue()));
        X509Certificate client = client(request);
        return new Recorded(Instant.now(), request.method().name(), request.path(), query,
                request.getHeader("Authorization"), request.getHeader("Content-Type"), body.toString(),
                CertificateIdentity.of(client), client, request.getHeader("traceparent"));
    }

    private static X509Certificate client(HttpServerRequest request) {
        try {
            return (X509Certificate) request.connection().peerCertificates().get(0);
        } catch (SSLPeerUnverifiedException e) {
            throw new IllegalStateException("the server demands client certificates", e);
        }
    }
}
