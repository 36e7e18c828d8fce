package org.edgeauth.tokenissuer.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.edgeauth.tokenissuer.config.IssuerConfig;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.NonBlocking;

/**
 * The public keys verifiers check token signatures with. Served without demanding a client certificate (public
 * keys are public, and smallrye-jwt's JWKS client cannot present one); cached briefly so that a key published
 * ahead of a rotation reaches verifiers before it signs.
 */
@Path("/.well-known/jwks.json")
public class JwksResource {

    @Inject
    SigningKeys keys;

    @Inject
    IssuerConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    public RestResponse<String> jwks() {
        return RestResponse.ResponseBuilder.ok(keys.current().jwks())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.jwksMaxAge().toSeconds())
                .build();
    }
}
