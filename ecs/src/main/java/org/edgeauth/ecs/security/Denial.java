package org.edgeauth.ecs.security;

import org.edgeauth.contract.problem.ProblemCause;

/**
 * Every way the ECS refuses access, with its HTTP status, ProblemDetails cause and RFC 6750 challenge.
 * Token failures are 401 with {@code error="invalid_token"}; a token lacking the API's scope is 403 with
 * {@code error="insufficient_scope"}; a missing token gets a bare {@code Bearer} challenge (RFC 6750 section 3.1:
 * no error code when the request carried no credentials). Certificate/policy/object-level refusals are 403
 * without a challenge: presenting a token would not change them. A token that cannot be judged because the issuer's
 * keys cannot be fetched is 503 without a challenge: the token is not known to be bad, the caller should keep it
 * and retry (the response carries {@code Retry-After}, like every 503 of the ECS).
 */
public enum Denial {

    CERTIFICATE_NOT_ACCEPTED(403, ProblemCause.CERTIFICATE_NOT_ACCEPTED, null),
    /** Listed in a configured CRL, or its status cannot be told (RevocationLists): a new certificate is needed. */
    CERTIFICATE_REVOKED(403, ProblemCause.CERTIFICATE_REVOKED, null),
    EES_NOT_AUTHORIZED(403, ProblemCause.EES_NOT_AUTHORIZED, null),
    TOKEN_MISSING(401, ProblemCause.TOKEN_MISSING, ""),
    TOKEN_INVALID(401, ProblemCause.TOKEN_INVALID, "invalid_token"),
    TOKEN_EXPIRED(401, ProblemCause.TOKEN_EXPIRED, "invalid_token"),
    UNTRUSTED_ISSUER(401, ProblemCause.UNTRUSTED_ISSUER, "invalid_token"),
    TOKEN_KEYS_UNAVAILABLE(503, ProblemCause.TOKEN_KEYS_UNAVAILABLE, null),
    INSUFFICIENT_SCOPE(403, ProblemCause.INSUFFICIENT_SCOPE, "insufficient_scope"),
    /** RFC 8705 section 3: a token not bound to the presented certificate is an invalid token. */
    TOKEN_NOT_BOUND(401, ProblemCause.TOKEN_NOT_BOUND, "invalid_token"),
    EES_ID_MISMATCH(403, ProblemCause.EES_ID_MISMATCH, null),
    NOT_OWNER(403, ProblemCause.NOT_OWNER, null),
    /** Over the client's rate limit (ecs/ratelimit): TS 29.500's cause for 429, answered with Retry-After. */
    RATE_LIMITED(429, ProblemCause.NF_CONGESTION_RISK, null);

    private final int status;
    private final String cause;
    private final String bearerError;

    Denial(int status, String cause, String bearerError) {
        this.status = status;
        this.cause = cause;
        this.bearerError = bearerError;
    }

    public int status() {
        return status;
    }

    public String cause() {
        return cause;
    }

    public AccessDeniedException because(String detail) {
        return new AccessDeniedException(this, detail, challenge(null), 0);
    }

    /** RFC 6750 section 3.1: the challenge names the scope the request needed. */
    public static AccessDeniedException missingScope(String scope) {
        return new AccessDeniedException(INSUFFICIENT_SCOPE, "token scope does not include " + scope,
                INSUFFICIENT_SCOPE.challenge(scope), 0);
    }

    /** Over the client's rate limit: 429 with the seconds until its bucket has a token again (RFC 6585 4). */
    public static AccessDeniedException rateLimited(long retryAfterSeconds) {
        return new AccessDeniedException(RATE_LIMITED, "rate limit exceeded: retry after " + retryAfterSeconds + " s",
                null, retryAfterSeconds);
    }

    /** The {@code WWW-Authenticate} value, or null when none is due. */
    private String challenge(String scope) {
        if (bearerError == null) {
            return null;
        }
        if (bearerError.isEmpty()) {
            return "Bearer";
        }
        String challenge = "Bearer error=\"" + bearerError + "\"";
        return scope == null ? challenge : challenge + ", scope=\"" + scope + "\"";
    }
}
