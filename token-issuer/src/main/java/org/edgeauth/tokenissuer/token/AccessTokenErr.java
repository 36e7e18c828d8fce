package org.edgeauth.tokenissuer.token;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.510 AccessTokenErr (RFC 6749 5.2). */
@RegisterForReflection
public record AccessTokenErr(
        String error,
        @JsonProperty("error_description") String errorDescription) {

    static AccessTokenErr of(TokenRefusal refusal) {
        return new AccessTokenErr(refusal.error().code(), refusal.description());
    }
}
