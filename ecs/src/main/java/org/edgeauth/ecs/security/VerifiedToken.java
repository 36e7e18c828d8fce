package org.edgeauth.ecs.security;

import java.util.Optional;
import java.util.Set;

/**
 * The claims of an access token whose signature, expiry and algorithm have been verified; the remaining rules
 * are {@link TokenRules}.
 *
 * @param id           the token's {@code jti} (null if it has none): named in the audit line, the token never is
 * @param confirmation the RFC 8705 {@code cnf.x5t#S256} value, if the token carries one
 */
public record VerifiedToken(String id, String issuer, String subject, Set<String> audiences, Set<String> scopes,
        Optional<String> confirmation) {

    public VerifiedToken {
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        scopes = Set.copyOf(scopes);
    }
}
