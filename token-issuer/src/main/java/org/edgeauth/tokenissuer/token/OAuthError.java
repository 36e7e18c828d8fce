package org.edgeauth.tokenissuer.token;

/** The RFC 6749 section 5.2 error codes this issuer answers with (TS 29.510 AccessTokenErr {@code error}). */
public enum OAuthError {

    /** Missing, repeated or malformed parameter, or a body that is not a form. */
    INVALID_REQUEST("invalid_request"),
    /** Client authentication failed: no certificate, or the certificate does not back what the request claims. */
    INVALID_CLIENT("invalid_client"),
    /** The client is known but may not get a token for the requested target. */
    UNAUTHORIZED_CLIENT("unauthorized_client"),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"),
    /** A requested scope is malformed or not allowed for this client. */
    INVALID_SCOPE("invalid_scope");

    private final String code;

    OAuthError(String code) {
        this.code = code;
    }

    /** The value on the wire. */
    public String code() {
        return code;
    }
}
