package org.edgeauth.ees.ecs;

import java.io.IOException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.edgeauth.contract.security.CertificateIdentity;
import org.jboss.logging.Logger;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.oidc.client.runtime.OidcClientsConfig;
import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The token request (quarkus-oidc-client, {@code quarkus.oidc-client.*}), with the client rebuilt when the EES's
 * certificate is rotated. quarkus-oidc-client 3.33 copies the TLS options of its TLS configuration once, when the
 * client is built: after the TLS registry reloaded new certificate files it would go on presenting the old
 * certificate, and the issuer would bind every new token to it (RFC 8705 {@code cnf}), which the ECS refuses
 * (TOKEN_NOT_BOUND) for as long as the EES runs.
 */
@Singleton
public class TokenIssuerClient {

    private static final Logger LOG = Logger.getLogger(TokenIssuerClient.class);

    private final OidcClients clients;
    private final OidcClientConfig config;
    private final String tlsConfigurationName;
    private volatile OidcClient client;
    /** The client replaced at the previous reload, closed at the next one: requests in flight may finish. */
    private OidcClient retired;
    /** Thumbprints of the certificates of the TLS configuration the current client was built with. */
    private Set<String> builtWith;
    /** The certificates changed at the previous reload: rebuild once more at this one. */
    private boolean settling;

    TokenIssuerClient(OidcClients clients, OidcClientsConfig configs, TlsConfigurationRegistry registry) {
        this.clients = clients;
        this.config = OidcClientsConfig.getDefaultClient(configs);
        this.tlsConfigurationName = config.tls().tlsConfigurationName().orElse(null);
        this.client = clients.getClient();
        this.builtWith = tlsConfigurationName == null ? Set.of()
                : registry.get(tlsConfigurationName).map(TokenIssuerClient::certificates).orElse(Set.of());
    }

    /**
     * A new token from the issuer (TS 29.510 AccessTokenRsp: {@code expires_in} required). Every failure is an
     * {@link OidcClientException}, which {@code EcsClient} reports as TOKEN_UNAVAILABLE: quarkus-oidc-client 3.33
     * fails with a NullPointerException of its own on an answer without a body (a 503 from a proxy in front of the
     * issuer, say), and that must not pass for a failure of the ECS.
     */
    Uni<AccessToken> newToken() {
        return client.getTokens().map(answer -> {
            if (answer.getAccessTokenExpiresAt() == null) {
                throw new OidcClientException("token issuer answered without expires_in");
            }
            return new AccessToken(answer.getAccessToken(), Instant.ofEpochSecond(answer.getAccessTokenExpiresAt()));
        }).onFailure(failure -> !(failure instanceof OidcClientException)).transform(failure -> new OidcClientException(
                "token request failed, the issuer's answer could not be read (" + failure + ")", failure));
    }

    /**
     * The TLS registry reloaded a configuration's files (it does so every {@code reload-period}, changed or not).
     * When it is the one this client uses and its certificates changed, a new client is built with the same
     * configuration and replaces the current one; the old one is closed a reload later, so requests in flight
     * finish. The reload after a change rebuilds once more: the registry cannot tell whether it read key and
     * certificate as a matching pair halfway through a rotation, and the next read repairs a torn one. Reloads that
     * change nothing leave the client alone (rebuilding on every period would cut token requests in flight).
     *
     * @return whether the certificates changed: tokens had before are bound to the old certificate
     */
    synchronized boolean certificatesReloaded(String name, TlsConfiguration tls) {
        if (!name.equals(tlsConfigurationName)) {
            return false;
        }
        Set<String> reloaded = certificates(tls);
        boolean changed = !reloaded.equals(builtWith);
        if (!changed && !settling) {
            return false;
        }
        // Runs on the registry's worker thread: waiting here blocks no event loop.
        OidcClient rebuilt = clients.newClient(config).await().atMost(config.connectionTimeout());
        close(retired);
        retired = client;
        client = rebuilt;
        builtWith = reloaded;
        settling = changed;
        if (changed) {
            LOG.infof("TLS configuration '%s' has new certificates: token requests present them from now on", name);
        }
        return changed;
    }

    @PreDestroy
    synchronized void close() {
        close(retired);
        close(client);
    }

    private static void close(OidcClient replaced) {
        if (replaced == null) {
            return;
        }
        try {
            replaced.close();
        } catch (IOException e) {
            LOG.debugf("closing a replaced token client: %s", e);
        }
    }

    private static Set<String> certificates(TlsConfiguration tls) {
        Set<String> thumbprints = new TreeSet<>();
        addAll(thumbprints, tls.getKeyStore());
        addAll(thumbprints, tls.getTrustStore());
        return thumbprints;
    }

    private static void addAll(Set<String> thumbprints, KeyStore store) {
        if (store == null) {
            return;
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                Certificate[] chain = store.getCertificateChain(alias);
                Certificate[] certificates = chain != null ? chain : new Certificate[] { store.getCertificate(alias) };
                for (Certificate certificate : certificates) {
                    if (certificate instanceof X509Certificate x509) {
                        thumbprints.add(CertificateIdentity.thumbprint(x509));
                    }
                }
            }
        } catch (KeyStoreException e) {
            throw new IllegalStateException("TLS registry key store not readable", e);
        }
    }
}
