package org.edgeauth.tokenissuer.token;

import java.time.Duration;

/** A signed access token and what the logs may say about it (never the token itself). */
public record MintedToken(String jws, String jti, String kid, Duration lifetime) {

    @Override
    public String toString() {
        return "MintedToken[jti=" + jti + ", kid=" + kid + "]";
    }
}
