package org.edgeauth.pki;

import java.util.List;
import java.util.UUID;

/**
 * What one certificate says about its holder.
 *
 * @param name       file name stem and identity name ({@code ees-1}, {@code ecs}, ...)
 * @param eesId      the EES ID (an FQDN) for EES identities, {@code null} otherwise
 * @param instanceId the NF/EES instance id carried as SAN URI {@code urn:uuid:...}; {@code null} leaves the URI
 *                   out (tests use that for certificates outside the profile)
 * @param dnsNames   SAN dNSNames, the EES ID first for EES identities
 */
public record IdentitySpec(String name, String eesId, UUID instanceId, List<String> dnsNames,
        boolean serverAuth, boolean clientAuth) {

    /** EES certificates are used both ways: the EES calls the ECS and the issuer, and serves its own API. */
    public static IdentitySpec ees(String name, String eesId, UUID instanceId) {
        return new IdentitySpec(name, eesId, instanceId, List.of(eesId, "localhost"), true, true);
    }

    /** Servers that also call out (the ECS fetches the issuer's JWKS) get clientAuth too. */
    public static IdentitySpec server(String name, UUID instanceId, boolean clientAuth) {
        return new IdentitySpec(name, null, instanceId, List.of("localhost"), true, clientAuth);
    }

    public String commonName() {
        return eesId != null ? eesId : name;
    }
}
