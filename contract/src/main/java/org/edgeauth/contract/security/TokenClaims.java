package org.edgeauth.contract.security;

/** Claim names of EdgeAuth access tokens beyond the registered JWT ones (TS 29.510 AccessTokenClaims, RFC 8705). */
public final class TokenClaims {

    public static final String SCOPE = "scope";
    public static final String CONFIRMATION = "cnf";
    public static final String X5T_S256 = "x5t#S256";
    /** Audience used when the token is for any instance of the target NF type. */
    public static final String ECS_AUDIENCE = "ECS";
    public static final String NF_TYPE_EES = "EES";
    public static final String NF_TYPE_ECS = "ECS";

    private TokenClaims() {
    }
}
