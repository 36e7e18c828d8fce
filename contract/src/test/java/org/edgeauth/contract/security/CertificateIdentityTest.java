package org.edgeauth.contract.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateIdentityTest {

    @TempDir
    Path dir;

    @Test
    void readsInstanceIdEesIdAndThumbprint() throws Exception {
        UUID id = UUID.randomUUID();
        IssuedIdentity ees = DevPki.openOrCreate(dir, "test CA").issue(IdentitySpec.ees("ees-1", "ees-1.edge.test", id));

        CertificateIdentity identity = CertificateIdentity.of(ees.certificate());

        assertEquals(id, identity.instanceId());
        assertEquals("ees-1.edge.test", identity.eesId().orElseThrow());
        assertEquals(List.of("ees-1.edge.test", "localhost"), identity.dnsNames());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(ees.certificate().getEncoded());
        assertEquals(Base64.getUrlEncoder().withoutPadding().encodeToString(digest), identity.thumbprint());
        assertEquals(43, identity.thumbprint().length());
    }

    @Test
    void serverCertificateHasNoEesId() {
        IssuedIdentity ecs = DevPki.openOrCreate(dir, "test CA").issue(IdentitySpec.server("ecs", UUID.randomUUID(), true));
        assertTrue(CertificateIdentity.of(ecs.certificate()).eesId().isEmpty());
    }

    @Test
    void rejectsCertificateWithoutInstanceUri() {
        IssuedIdentity noUri = DevPki.openOrCreate(dir, "test CA")
                .issue(new IdentitySpec("odd", "odd.edge.test", null, List.of("odd.edge.test"), false, true));
        assertThrows(IllegalArgumentException.class, () -> CertificateIdentity.of(noUri.certificate()));
    }
}
