package org.edgeauth.ecs.security;

import java.util.Optional;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * Who passed the access checks of a request.
 *
 * @param identity      from the client certificate
 * @param api           the API the request is for
 * @param tokenVerified whether an access token was verified (false only under a {@link TokenMode#LOCAL} entry)
 * @param tokenId       the verified token's {@code jti}, for the audit line (null without a token or a jti)
 */
public record Caller(CertificateIdentity identity, EdgeApi api, boolean tokenVerified, String tokenId) {

    public Optional<String> eesId() {
        return identity.eesId();
    }

    public String label() {
        return identity.label();
    }
}
