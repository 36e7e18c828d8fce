package org.edgeauth.tokenissuer.token;

/**
 * Why a token request gets no token. Carries the OAuth error, a description safe to send back (it never echoes
 * request values, RFC 6749 5.2 restricts its characters) and the HTTP status.
 * <p>
 * Status choice: TS 29.510 answers every AccessTokenErr with 400, RFC 6749 5.2 lets {@code invalid_client} use 401.
 * EdgeAuth uses 401 only when the request carries no client authentication at all (no TLS client certificate): the
 * client has not even tried {@code tls_client_auth}. A certificate that does not back the request's claims is a
 * 400 {@code invalid_client}, as in TS 29.510. No {@code WWW-Authenticate} header: tls_client_auth is not an HTTP
 * authentication scheme, and RFC 6749 demands the header only for Authorization-header attempts.
 */
public final class TokenRefusal extends RuntimeException {

    private final OAuthError error;
    private final int status;

    private TokenRefusal(OAuthError error, String description, int status) {
        // A refusal is an answer, not a fault: no stack trace to fill in.
        super(description, null, false, false);
        this.error = error;
        this.status = status;
    }

    public static TokenRefusal of(OAuthError error, String description) {
        return new TokenRefusal(error, description, 400);
    }

    /** The body is not a form: 415, in OAuth error form all the same. */
    public static TokenRefusal notAForm() {
        return new TokenRefusal(OAuthError.INVALID_REQUEST, "the request body must be application/x-www-form-urlencoded",
                415);
    }

    /** No client authentication was presented at all. */
    public static TokenRefusal unauthenticated(String description) {
        return new TokenRefusal(OAuthError.INVALID_CLIENT, description, 401);
    }

    public OAuthError error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    public int status() {
        return status;
    }
}
