package org.edgeauth.ecs.security;

import java.util.List;

/** Reads the RFC 6750 section 2.1 {@code Authorization: Bearer <token>} credentials of a request. */
final class BearerToken {

    private static final String SCHEME = "Bearer";

    private BearerToken() {
    }

    /**
     * @param authorization all values of the Authorization header
     * @throws AccessDeniedException when there is no bearer token, or more than one credential
     */
    static String from(List<String> authorization) {
        if (authorization == null || authorization.isEmpty()) {
            throw Denial.TOKEN_MISSING.because("no Authorization: Bearer access token");
        }
        if (authorization.size() > 1) {
            throw Denial.TOKEN_INVALID.because("several Authorization headers");
        }
        String value = authorization.get(0).trim();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.equalsIgnoreCase(SCHEME)) {
            throw Denial.TOKEN_MISSING.because("Authorization is not a Bearer access token");
        }
        String token = space < 0 ? "" : value.substring(space + 1).trim();
        if (token.isEmpty()) {
            throw Denial.TOKEN_INVALID.because("empty Bearer access token");
        }
        return token;
    }
}
