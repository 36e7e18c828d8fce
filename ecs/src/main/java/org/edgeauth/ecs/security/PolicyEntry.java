package org.edgeauth.ecs.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * One entry of the ECS's static authorization policy (TS 33.501 13.4.1.1.2 step 2): which certificate identities
 * it covers, which APIs it grants them, and whether they also need an access token.
 *
 * @param eesId      EES ID (SAN dNSName) the entry covers, exact or wildcard
 * @param instanceId instance id (SAN URI UUID) the entry covers
 */
public record PolicyEntry(String name, Optional<EesIdPattern> eesId, Optional<UUID> instanceId, Set<EdgeApi> apis,
        TokenMode token) {

    public PolicyEntry {
        if (eesId.isEmpty() && instanceId.isEmpty()) {
            throw new IllegalArgumentException("policy entry '" + name + "' names neither an identity nor an instance id");
        }
        apis = Set.copyOf(apis);
    }

    /** Both selectors that are set must match. */
    public boolean covers(CertificateIdentity identity) {
        return eesId.map(pattern -> identity.eesId().map(pattern::matches).orElse(false)).orElse(true)
                && instanceId.map(identity.instanceId()::equals).orElse(true);
    }
}
