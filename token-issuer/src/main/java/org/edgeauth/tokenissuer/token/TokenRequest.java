package org.edgeauth.tokenissuer.token;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A well-formed client-credentials request in the shape of TS 29.510 AccessTokenReq (only the fields the issuer
 * acts on; the PLMN fields are checked for form and otherwise ignored).
 *
 * @param scopes requested scopes, in request order, without repeats
 */
public record TokenRequest(UUID nfInstanceId, List<String> scopes, Optional<String> nfType,
        Optional<String> targetNfType, Optional<UUID> targetNfInstanceId, Optional<String> requesterFqdn) {
}
