package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final UUID PINNED = UUID.randomUUID();

    private final AccessPolicy policy = new AccessPolicy(List.of(
            entry("exact", "ees-1.edge.test", null, Set.of(EdgeApi.REGISTRATION, EdgeApi.DISCOVERY), TokenMode.REQUIRED),
            entry("load", "*.load.edge.test", null, Set.of(EdgeApi.REGISTRATION), TokenMode.REQUIRED),
            entry("local", "trusted.local.test", null, Set.of(EdgeApi.REGISTRATION), TokenMode.LOCAL),
            entry("pinned", null, PINNED, Set.of(EdgeApi.DISCOVERY), TokenMode.REQUIRED),
            entry("pair", "pair.edge.test", PINNED, Set.of(EdgeApi.REGISTRATION), TokenMode.LOCAL)));

    @Test
    void deniesWhatNoEntryCovers() {
        assertEquals(Admission.DENIED, policy.admit(identity("ees-9.edge.test", UUID.randomUUID()), EdgeApi.REGISTRATION));
        assertEquals(Admission.DENIED, policy.admit(identity(null, UUID.randomUUID()), EdgeApi.DISCOVERY));
        assertEquals(Admission.DENIED, new AccessPolicy(List.of()).admit(identity("ees-1.edge.test", UUID.randomUUID()),
                EdgeApi.REGISTRATION));
    }

    @Test
    void grantsPerApi() {
        CertificateIdentity load = identity("a.load.edge.test", UUID.randomUUID());

        assertEquals(Admission.TOKEN_REQUIRED, policy.admit(load, EdgeApi.REGISTRATION));
        assertEquals(Admission.DENIED, policy.admit(load, EdgeApi.DISCOVERY));
    }

    @Test
    void exactIdentityIgnoresCase() {
        assertEquals(Admission.TOKEN_REQUIRED, policy.admit(identity("EES-1.Edge.Test", UUID.randomUUID()),
                EdgeApi.DISCOVERY));
    }

    @Test
    void localEntryLetsTheCertificateSuffice() {
        assertEquals(Admission.CERTIFICATE_SUFFICES,
                policy.admit(identity("trusted.local.test", UUID.randomUUID()), EdgeApi.REGISTRATION));
    }

    @Test
    void instanceIdSelectsRegardlessOfEesId() {
        assertEquals(Admission.TOKEN_REQUIRED, policy.admit(identity("any.other.test", PINNED), EdgeApi.DISCOVERY));
        assertEquals(Admission.TOKEN_REQUIRED, policy.admit(identity(null, PINNED), EdgeApi.DISCOVERY));
    }

    @Test
    void bothSelectorsMustMatchWhenBothAreSet() {
        assertEquals(Admission.CERTIFICATE_SUFFICES, policy.admit(identity("pair.edge.test", PINNED),
                EdgeApi.REGISTRATION));
        assertEquals(Admission.DENIED, policy.admit(identity("pair.edge.test", UUID.randomUUID()),
                EdgeApi.REGISTRATION));
    }

    @Test
    void localNeedsEveryGrantingEntryToAgree() {
        AccessPolicy mixed = new AccessPolicy(List.of(
                entry("broad", "*.edge.test", null, Set.of(EdgeApi.REGISTRATION), TokenMode.REQUIRED),
                entry("narrow", "x.edge.test", null, Set.of(EdgeApi.REGISTRATION), TokenMode.LOCAL)));

        assertEquals(Admission.TOKEN_REQUIRED, mixed.admit(identity("x.edge.test", UUID.randomUUID()),
                EdgeApi.REGISTRATION));
    }

    @Test
    void wildcardStandsForExactlyOneLabel() {
        EesIdPattern pattern = new EesIdPattern("*.load.edge.test");

        assertTrue(pattern.matches("a.load.edge.test"));
        assertTrue(pattern.matches("A-1.LOAD.edge.test"));
        assertFalse(pattern.matches("a.b.load.edge.test"));
        assertFalse(pattern.matches("load.edge.test"));
        assertFalse(pattern.matches(".load.edge.test"));
        assertFalse(pattern.matches("aload.edge.test"));
    }

    @Test
    void malformedPatternsAndEmptyEntriesAreConfigurationErrors() {
        assertThrows(IllegalArgumentException.class, () -> new EesIdPattern("*"));
        assertThrows(IllegalArgumentException.class, () -> new EesIdPattern("a.*.edge.test"));
        assertThrows(IllegalArgumentException.class, () -> new EesIdPattern("*.*.edge.test"));
        assertThrows(IllegalArgumentException.class, () -> new EesIdPattern(""));
        assertThrows(IllegalArgumentException.class,
                () -> entry("none", null, null, Set.of(EdgeApi.REGISTRATION), TokenMode.REQUIRED));
    }

    static CertificateIdentity identity(String eesId, UUID instanceId) {
        return new CertificateIdentity(instanceId, Optional.ofNullable(eesId),
                eesId == null ? List.of() : List.of(eesId), "thumbprint");
    }

    private static PolicyEntry entry(String name, String eesId, UUID instanceId, Set<EdgeApi> apis, TokenMode token) {
        return new PolicyEntry(name, Optional.ofNullable(eesId).map(EesIdPattern::new), Optional.ofNullable(instanceId),
                apis, token);
    }
}
