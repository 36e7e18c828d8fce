package org.edgeauth.ecs.ratelimit;

/** A request over its client's rate limit: answered 429 by {@link RateLimitExceededMapper}. */
public class RateLimitExceeded extends RuntimeException {

    private final String client;
    private final long retryAfterSeconds;

    RateLimitExceeded(String client, long retryAfterSeconds) {
        super("rate limit exceeded: retry after " + retryAfterSeconds + " s", null, false, false); // no stack trace
        this.client = client;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Who was refused (the certificate identity's label), for the audit line. */
    public String client() {
        return client;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
