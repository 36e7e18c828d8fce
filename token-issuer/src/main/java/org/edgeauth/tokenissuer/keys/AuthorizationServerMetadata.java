package org.edgeauth.tokenissuer.keys;

import java.util.List;
import java.util.SortedSet;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 8414 section 2 authorization server metadata, as far as a client-credentials-only server has any. */
@RegisterForReflection
public record AuthorizationServerMetadata(
        String issuer,
        @JsonProperty("token_endpoint") String tokenEndpoint,
        @JsonProperty("jwks_uri") String jwksUri,
        @JsonProperty("grant_types_supported") List<String> grantTypesSupported,
        @JsonProperty("token_endpoint_auth_methods_supported") List<String> tokenEndpointAuthMethodsSupported,
        @JsonProperty("tls_client_certificate_bound_access_tokens") boolean tlsClientCertificateBoundAccessTokens,
        @JsonProperty("scopes_supported") SortedSet<String> scopesSupported,
        @JsonProperty("response_types_supported") List<String> responseTypesSupported) {
}
