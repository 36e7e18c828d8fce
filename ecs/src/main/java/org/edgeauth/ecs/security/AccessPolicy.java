package org.edgeauth.ecs.security;

import java.util.List;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * The static authorization policy: deny by default. Grants add up (an API is granted when any entry covering the
 * identity grants it); relaxing the token requirement needs every such entry to agree, so a broad entry that
 * requires tokens cannot be weakened by a narrower one by accident, nor the other way round.
 */
public final class AccessPolicy {

    private final List<PolicyEntry> entries;

    public AccessPolicy(List<PolicyEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public Admission admit(CertificateIdentity identity, EdgeApi api) {
        List<PolicyEntry> granting = entries.stream()
                .filter(entry -> entry.apis().contains(api) && entry.covers(identity))
                .toList();
        if (granting.isEmpty()) {
            return Admission.DENIED;
        }
        return granting.stream().allMatch(entry -> entry.token() == TokenMode.LOCAL)
                ? Admission.CERTIFICATE_SUFFICES
                : Admission.TOKEN_REQUIRED;
    }
}
