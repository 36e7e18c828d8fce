package org.edgeauth.tokenissuer.keys;

import java.security.interfaces.ECPrivateKey;

/** The key that signs new tokens, with the {@code kid} (RFC 7638 thumbprint) verifiers look it up by. */
public record SigningKey(String kid, ECPrivateKey privateKey) {

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + "]";
    }
}
