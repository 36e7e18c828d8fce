package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.contract.security.RevocationLists;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAuthenticationTest {

    @TempDir
    Path dir;

    private final UUID instanceId = UUID.randomUUID();

    @Test
    void noCertificateIsA401InvalidClient() {
        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> ClientAuthentication.authenticate(Optional.empty(), RevocationLists.none()));

        assertEquals(OAuthError.INVALID_CLIENT, refusal.error());
        assertEquals(401, refusal.status());
        assertEquals(Optional.empty(), ClientAuthentication.peerCertificate(null));
    }

    @Test
    void aCertificateWithoutInstanceIdIsA400InvalidClient() {
        var certificate = DevPki.openOrCreate(dir, "CA")
                .issue(new IdentitySpec("no-uri", "ees-1.edge.test", null, List.of("ees-1.edge.test"), true, true))
                .certificate();

        TokenRefusal refusal = assertThrows(TokenRefusal.class,
                () -> ClientAuthentication.authenticate(Optional.of(certificate), RevocationLists.none()));

        assertEquals(OAuthError.INVALID_CLIENT, refusal.error());
        assertEquals(400, refusal.status());
    }

    @Test
    void readsTheIdentityOfAnEesCertificate() {
        var certificate = DevPki.openOrCreate(dir, "CA").issue(IdentitySpec.ees("ees-1", "ees-1.edge.test", instanceId))
                .certificate();

        CertificateIdentity identity = ClientAuthentication.authenticate(Optional.of(certificate), RevocationLists.none());

        assertEquals(instanceId, identity.instanceId());
        assertEquals(Optional.of("ees-1.edge.test"), identity.eesId());
    }

    @Test
    void acceptsClaimsTheCertificateBacks() {
        ClientAuthentication.checkClaims(request(instanceId, Optional.empty()), client());
        ClientAuthentication.checkClaims(request(instanceId, Optional.of("EES-1.edge.test")), client());
    }

    @Test
    void refusesAnotherInstanceId() {
        assertInvalidClient(request(UUID.randomUUID(), Optional.empty()), client());
    }

    @Test
    void refusesAnotherRequesterFqdn() {
        assertInvalidClient(request(instanceId, Optional.of("ees-2.edge.test")), client());
        CertificateIdentity withoutEesId = new CertificateIdentity(instanceId, Optional.empty(), List.of(), "t");
        assertInvalidClient(request(instanceId, Optional.of("ees-1.edge.test")), withoutEesId);
    }

    private static void assertInvalidClient(TokenRequest request, CertificateIdentity client) {
        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> ClientAuthentication.checkClaims(request, client));
        assertEquals(OAuthError.INVALID_CLIENT, refusal.error());
        assertEquals(400, refusal.status());
    }

    private CertificateIdentity client() {
        return new CertificateIdentity(instanceId, Optional.of("ees-1.edge.test"), List.of("ees-1.edge.test"), "t");
    }

    private static TokenRequest request(UUID nfInstanceId, Optional<String> requesterFqdn) {
        return new TokenRequest(nfInstanceId, List.of("eecs-eesregistration"), Optional.empty(), Optional.empty(),
                Optional.empty(), requesterFqdn);
    }
}
