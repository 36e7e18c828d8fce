package org.edgeauth.ees.ecs;

import java.time.Clock;
import java.time.Instant;

import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientException;
import io.smallrye.mutiny.Uni;

/**
 * Puts the EES's access token on every call to the ECS ({@code Authorization: Bearer}, RFC 6750) and forgets a
 * token the ECS answered 401 to. Replaces quarkus-oidc-client's own filter, which renews shortly before expiry too
 * but, when the issuer is down at that moment, sends the call without a token although the old one is still
 * valid; {@link AccessTokenCache} keeps using it. The token request itself is quarkus-oidc-client's
 * ({@code quarkus.oidc-client.*}: client credentials over mTLS with the TS 29.510 form fields).
 */
@Singleton
public class AccessTokenFilter implements ResteasyReactiveClientRequestFilter, ClientResponseFilter {

    private static final String BEARER = "Bearer ";

    private final AccessTokenCache tokens;

    AccessTokenFilter(OidcClient issuer, TokenConfig config) {
        Clock clock = Clock.systemUTC();
        this.tokens = new AccessTokenCache(() -> issuer.getTokens().map(answer -> {
            // TS 29.510 AccessTokenRsp: expires_in is required; without it the token's validity is unknown.
            if (answer.getAccessTokenExpiresAt() == null) {
                throw new OidcClientException("token issuer answered without expires_in");
            }
            return new AccessToken(answer.getAccessToken(), Instant.ofEpochSecond(answer.getAccessTokenExpiresAt()));
        }), clock, config.renewBefore(), config.retryInitialDelay(), config.retryMaxDelay());
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
