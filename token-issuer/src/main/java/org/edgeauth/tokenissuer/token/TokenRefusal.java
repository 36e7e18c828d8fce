package org.edgeauth.tokenissuer.token;

import java.util.OptionalLong;

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

    /** What a client over its rate limit gets: see {@link #rateLimited}. */
    static final OAuthError RATE_LIMITED_ERROR = OAuthError.INVALID_REQUEST;
    static final int RATE_LIMITED_STATUS = 429;

    private final OAuthError error;
    private final int status;
    /** {@code Retry-After} seconds, 0 for none. */
    private final long retryAfterSeconds;

    private TokenRefusal(OAuthError error, String description, int status, long retryAfterSeconds) {
        // A refusal is an answer, not a fault: no stack trace to fill in.
        super(description, null, false, false);
        this.error = error;
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private TokenRefusal(OAuthError error, String description, int status) {
        this(error, description, status, 0);
    }

    public static TokenRefusal of(OAuthError error, String description) {
        return new TokenRefusal(error, description, 400);
    }

    /** The body is not a form: 415, in OAuth error form all the same. */
    public static TokenRefusal notAForm() {
        return new TokenRefusal(OAuthError.INVALID_REQUEST, "the request body must be application/x-www-form-urlencoded",
                415);
    }

    /**
     * The client is over its rate limit: 429 with {@code Retry-After} (RFC 6585 4). The error stays
     * {@code invalid_request}: TS 29.510 AccessTokenErr allows no other code for it (RFC 6749 5.2 defines none), and
     * a client that reads only the error code still learns it must not repeat the request as it is.
     */
    public static TokenRefusal rateLimited(long retryAfterSeconds) {
        return new TokenRefusal(RATE_LIMITED_ERROR, "rate limit exceeded: retry after " + retryAfterSeconds + " s",
                RATE_LIMITED_STATUS, retryAfterSeconds);
    }

    /** Over the client's rate limit ({@link #rateLimited}). */
    public boolean isRateLimited() {
        return status == RATE_LIMITED_STATUS;
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

    /** @return the {@code Retry-After} value in seconds, if the client should wait before asking again */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds > 0 ? OptionalLong.of(retryAfterSeconds) : OptionalLong.empty();
    }
}
