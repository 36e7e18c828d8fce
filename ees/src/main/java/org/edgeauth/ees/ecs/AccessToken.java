package org.edgeauth.ees.ecs;

import java.time.Instant;

/**
 * An access token from the token issuer and the instant it stops being valid (the issuer's {@code expires_in}
 * counted from when the answer arrived, so slightly early rather than late).
 */
record AccessToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        // Never the token itself: it is a bearer credential.
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
