package org.edgeauth.ees.ecs;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLSession;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;

import io.quarkus.tls.CertificateUpdatedEvent;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpConnection;

/**
 * Moves the EES's connections to the ECS onto its renewed certificate. When the certificate files are replaced, the
 * REST clients open new connections with the new certificate (Quarkus updates their TLS options), but an open HTTP/2
 * connection keeps the certificate of its handshake for as long as it is used, which with regular registration
 * updates is for ever. The ECS binds each access token to the certificate of the connection that carries it (RFC 8705
 * 3, {@code cnf.x5t#S256}), so a token fetched with the new certificate would be refused on such a connection.
 * <p>
 * This filter remembers the connections the ECS answered on; after a reload of the REST clients' TLS configuration
 * it shuts down, gracefully (HTTP/2 GOAWAY: requests in flight complete), each one that presents another certificate
 * than the one now loaded. The reload fires every period whether or not the files changed: connections on the current
 * certificate are left alone. It observes after Quarkus's own listener, which has given the clients the new options,
 * so the connections that replace them present the new certificate.
 */
@Provider
@Singleton
public class EcsConnectionRecycler implements ClientResponseFilter {

    private static final Logger LOG = Logger.getLogger(EcsConnectionRecycler.class);

    private final String tlsConfiguration;
    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();

    EcsConnectionRecycler(
            @ConfigProperty(name = "quarkus.rest-client.tls-configuration-name") String tlsConfiguration) {
        this.tlsConfiguration = tlsConfiguration;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (request instanceof ResteasyReactiveClientRequestContext reactive) {
            HttpClientRequest sent = reactive.unwrap(HttpClientRequest.class);
            if (sent != null && open.add(sent.connection())) {
                HttpConnection connection = sent.connection();
                connection.closeHandler(closed -> open.remove(connection));
            }
        }
    }

    void onCertificateUpdate(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) CertificateUpdatedEvent event) {
        if (!tlsConfiguration.equals(event.name())) {
            return;
        }
        Optional<Certificate> current = leaf(event.tlsConfiguration().getKeyStore());
        if (current.isEmpty()) {
            return;
        }
        for (HttpConnection connection : open) {
            if (!presented(connection).equals(current)) {
                LOG.infof("closing a connection to the ECS at %s that presents the replaced certificate",
                        connection.remoteAddress());
                open.remove(connection);
                connection.shutdown();
            }
        }
    }

    private static Optional<Certificate> presented(HttpConnection connection) {
        SSLSession session = connection.sslSession();
        Certificate[] chain = session == null ? null : session.getLocalCertificates();
        return chain == null || chain.length == 0 ? Optional.empty() : Optional.of(chain[0]);
    }

    private static Optional<Certificate> leaf(KeyStore store) {
        if (store == null) {
            return Optional.empty();
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return Optional.ofNullable(store.getCertificate(alias));
                }
            }
            return Optional.empty();
        } catch (KeyStoreException e) {
            throw new IllegalStateException("cannot read the reloaded key store", e);
        }
    }
}
