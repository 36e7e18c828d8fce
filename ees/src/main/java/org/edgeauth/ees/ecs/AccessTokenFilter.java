package org.edgeauth.ees.ecs;

import java.time.Clock;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;

import io.quarkus.tls.CertificateUpdatedEvent;

/**
 * Puts the EES's access token on every call to the ECS ({@code Authorization: Bearer}, RFC 6750) and forgets a
 * token the ECS answered 401 to. Replaces quarkus-oidc-client's own filter, which renews shortly before expiry too
 * but, when the issuer is down at that moment, sends the call without a token although the old one is still
 * valid; {@link AccessTokenCache} keeps using it. The token request itself is quarkus-oidc-client's
 * ({@code quarkus.oidc-client.*}: client credentials over mTLS with the TS 29.510 form fields), through
 * {@link TokenIssuerClient}, which follows certificate rotation.
 */
@Singleton
public class AccessTokenFilter implements ResteasyReactiveClientRequestFilter, ClientResponseFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenCache tokens;

    private final TokenIssuerClient issuer;

    AccessTokenFilter(TokenIssuerClient issuer, TokenConfig config) {
        this.issuer = issuer;
        this.tokens = new AccessTokenCache(issuer::newToken, Clock.systemUTC(), config.renewBefore(),
                config.retryInitialDelay(), config.retryMaxDelay());
    }

    /** New certificate files were loaded: token requests present the new certificate, older tokens are dropped. */
    void certificatesReloaded(@Observes CertificateUpdatedEvent event) {
        if (issuer.certificatesReloaded(event.name(), event.tlsConfiguration())) {
            tokens.discard();
        }
    }

    @Override
    public void filter(ResteasyReactiveClientRequestContext request) {
        request.suspend();
        tokens.token().subscribe().with(token -> {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, BEARER + token);
            request.resume();
        }, request::resume);
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() == 401 && request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            tokens.refused(request.getHeaderString(HttpHeaders.AUTHORIZATION).substring(BEARER.length()));
        }
    }
}
