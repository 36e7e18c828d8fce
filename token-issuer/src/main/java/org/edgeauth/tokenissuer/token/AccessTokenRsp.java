package org.edgeauth.tokenissuer.token;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.510 AccessTokenRsp (RFC 6749 5.1). */
@RegisterForReflection
public record AccessTokenRsp(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        String scope) {

    static final String BEARER = "Bearer";
}
