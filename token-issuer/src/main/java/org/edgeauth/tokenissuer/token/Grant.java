package org.edgeauth.tokenissuer.token;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * What the policy allowed: the token's subject and confirmation come from the authenticated certificate, its
 * scopes and audience from the request.
 *
 * @param targetNfInstanceId when present the audience is this one instance, else the whole target NF type
 */
public record Grant(CertificateIdentity client, List<String> scopes, String targetNfType,
        Optional<UUID> targetNfInstanceId) {
}
