package org.edgeauth.ecs.security;

/** A refused request; mapped to ProblemDetails (and logged) in one place, {@link AccessDeniedMapper}. */
public class AccessDeniedException extends RuntimeException {

    private final Denial denial;
    private final String challenge;
    private final long retryAfterSeconds;

    AccessDeniedException(Denial denial, String detail, String challenge, long retryAfterSeconds) {
        super(detail, null, false, false); // an expected outcome: no stack trace
        this.denial = denial;
        this.challenge = challenge;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Denial denial() {
        return denial;
    }

    /** The {@code WWW-Authenticate} header value, or null. */
    public String challenge() {
        return challenge;
    }

    /** The {@code Retry-After} this refusal names (seconds), 0 when it names none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
