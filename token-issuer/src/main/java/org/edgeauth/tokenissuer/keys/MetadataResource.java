package org.edgeauth.tokenissuer.keys;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.edgeauth.tokenissuer.config.IssuerConfig;
import org.edgeauth.tokenissuer.token.ClientPolicy;
import org.edgeauth.tokenissuer.token.TokenRequestParser;

import io.smallrye.common.annotation.NonBlocking;

/**
 * RFC 8414 metadata. Its {@code issuer} is this server's HTTPS URL, as RFC 8414 requires, while the {@code iss}
 * claim of the tokens is the NRF-style instance id (TS 29.510 AccessTokenClaims: the NRF's nfInstanceId). The two
 * differ on purpose: the ECS trusts tokens by instance id and fetches keys by URL.
 */
@Path("/.well-known/oauth-authorization-server")
public class MetadataResource {

    static final String TOKEN_PATH = "/oauth2/token";
    static final String JWKS_PATH = "/.well-known/jwks.json";

    private final AuthorizationServerMetadata metadata;

    @Inject
    MetadataResource(IssuerConfig config, ClientPolicy policy) {
        String base = config.url().replaceAll("/+$", "");
        // response_types_supported is REQUIRED by RFC 8414; no authorization endpoint means no response types.
        this.metadata = new AuthorizationServerMetadata(base, base + TOKEN_PATH, base + JWKS_PATH,
                List.of(TokenRequestParser.CLIENT_CREDENTIALS), List.of("tls_client_auth"), true,
                policy.grantableScopes(), List.of());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    public AuthorizationServerMetadata metadata() {
        return metadata;
    }
}
