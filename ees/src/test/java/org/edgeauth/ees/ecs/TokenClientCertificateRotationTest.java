package org.edgeauth.ees.ecs;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.FakeTokenIssuer;
import org.edgeauth.ees.support.Recorded;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The EES's certificate and key files are replaced (same identity, new key) while it runs: once the TLS registry
 * has reloaded them, the next token request presents the new certificate (so the issuer binds the token to it), and
 * the token held before, bound to the old certificate, is not sent again. Its own boot: it rewrites the EES's
 * files and reloads them every 2 s.
 */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
@TestProfile(TokenClientCertificateRotationTest.FastReload.class)
class TokenClientCertificateRotationTest {

    public static class FastReload implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.tls.ees.reload-period", "2s");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(20);

    FakeEcs ecs;
    FakeTokenIssuer issuer;

    @Test
    void tokenRequestsPresentTheNewCertificateAndTheOldTokenIsDropped() throws IOException {
        // The registration keeper updates every 2 s with the token in hand: its calls show which token is used
        // (the EES's own API is left alone: its server side reloads the same files, not the subject here).
        await().atMost(WAIT).until(() -> !ecs.registrationRequests("PATCH").isEmpty());
        String heldToken = lastUpdate().bearerToken();
        String oldCertificate = lastTokenRequest().client().thumbprint();
        int tokenRequestsBefore = issuer.requests().size();

        IssuedIdentity next = DevPki.openOrCreate(EesTestEnvironment.DIR, "EES test CA").issue(IdentitySpec.ees(
                "ees-next", EesTestEnvironment.EES_ID, EesTestEnvironment.INSTANCE_ID));
        String newCertificate = CertificateIdentity.thumbprint(next.certificate());
        assertNotEquals(oldCertificate, newCertificate);
        // Each file replaced in one step, key first: a reload between the two still sees the old certificate.
        replace(next.key(), EesTestEnvironment.DIR.resolve("ees.key"));
        replace(next.crt(), EesTestEnvironment.DIR.resolve("ees.crt"));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> !heldToken.equals(lastUpdate().bearerToken()));
        String renewed = lastUpdate().bearerToken();
        List<Recorded> tokenRequests = issuer.requests().subList(tokenRequestsBefore, issuer.requests().size());
        Recorded renewal = tokenRequests.stream().filter(request -> request.client().thumbprint()
                .equals(newCertificate)).findFirst().orElseThrow(() -> new AssertionError(
                        "no token request presented the new certificate"));
        assertEquals(newCertificate, tokenRequests.get(tokenRequests.size() - 1).client().thumbprint(),
                "the latest token was requested with the new certificate");

        int updates = ecs.registrationRequests("PATCH").size();
        await().atMost(WAIT).until(() -> ecs.registrationRequests("PATCH").size() >= updates + 2);
        List<Recorded> later = ecs.registrationRequests("PATCH").subList(updates, updates + 2);
        later.forEach(update -> assertEquals(renewed, update.bearerToken(), "the old token is not sent again"));
        assertTrue(renewal.at().isBefore(later.get(0).at()));
    }

    private Recorded lastUpdate() {
        List<Recorded> updates = ecs.registrationRequests("PATCH");
        return updates.get(updates.size() - 1);
    }

    private Recorded lastTokenRequest() {
        List<Recorded> asked = issuer.requests();
        return asked.get(asked.size() - 1);
    }

    private static void replace(Path source, Path target) throws IOException {
        Path staged = target.resolveSibling(target.getFileName() + ".next");
        Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
