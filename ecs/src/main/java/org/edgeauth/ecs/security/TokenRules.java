package org.edgeauth.ecs.security;

import java.util.Collections;
import java.util.Set;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * The checks on a verified token's claims, in the order of spec-notes.md section 6: issuer, audience and scope
 * (check 3), then binding to the client certificate (check 4, TS 33.501 13.4.1.1.2, RFC 8705 section 3).
 *
 * @param trustedIssuers      token issuer instance ids whose tokens are accepted
 * @param audiences           accepted {@code aud} values: "ECS" and, when configured, this ECS's instance id
 * @param requireConfirmation whether a token without {@code cnf.x5t#S256} is refused (profile: yes)
 */
public record TokenRules(Set<String> trustedIssuers, Set<String> audiences, boolean requireConfirmation) {

    public TokenRules {
        trustedIssuers = Set.copyOf(trustedIssuers);
        audiences = Set.copyOf(audiences);
    }

    /** @throws AccessDeniedException at the first rule the token breaks */
    public void check(VerifiedToken token, CertificateIdentity identity, EdgeApi api) {
        if (token.issuer() == null || !trustedIssuers.contains(token.issuer())) {
            throw Denial.UNTRUSTED_ISSUER.because("token issuer is not trusted");
        }
        if (Collections.disjoint(token.audiences(), audiences)) {
            throw Denial.TOKEN_INVALID.because("token audience is not this ECS");
        }
        if (!token.scopes().contains(api.scope())) {
            throw Denial.missingScope(api.scope());
        }
        if (!identity.instanceId().toString().equalsIgnoreCase(String.valueOf(token.subject()))) {
            throw Denial.TOKEN_NOT_BOUND.because("token subject is not the client certificate's instance id");
        }
        if (token.confirmation().isEmpty()) {
            if (requireConfirmation) {
                throw Denial.TOKEN_NOT_BOUND.because("token carries no cnf.x5t#S256 certificate confirmation");
            }
        } else if (!token.confirmation().get().equals(identity.thumbprint())) {
            throw Denial.TOKEN_NOT_BOUND.because("token cnf.x5t#S256 is not the client certificate's thumbprint");
        }
    }
}
