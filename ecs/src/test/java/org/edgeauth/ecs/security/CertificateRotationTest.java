package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.edgeauth.ecs.support.TlsProbe;
import org.edgeauth.pki.CertificateRotation;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Certificates rotated without a restart (quarkus.tls.server.reload-period, 1 s here): the ECS's files are replaced
 * while it runs, as a cert-manager Secret update would.
 */
@QuarkusTest
@TestProfile(CertificateRotationTest.FastReload.class)
@WithTestResource(EcsTestEnvironment.class)
class CertificateRotationTest {

    /**
     * A boot of its own: reloading every second in the shared boot made the first request of ContractClientTest
     * (a Quarkus REST client in the same JVM) time out on a busy machine.
     */
    public static class FastReload implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.tls.server.reload-period", "1s");
        }
    }

    @Test
    void newConnectionsSeeTheRenewedServerCertificate() {
        IssuedIdentity renewed = TestPki.issue(IdentitySpec.server("ecs", TestPki.ECS_INSTANCE_ID, false),
                Instant.now().minusSeconds(60), DevPki.DEFAULT_VALIDITY);

        CertificateRotation.awaitServed(TlsContexts.of(TestPki.ees("control"), TestPki.CA), "localhost",
                EesClient.httpsPort(), renewed.certificate());
        Registrations.register(EesClient.newEes("after-renewal"), TestPki.unique("app"));
    }

    /** A CA change: the bundle lists the old and the new CA; EESs of the new CA are served, old ones still are. */
    @Test
    void eesOfACaAddedToTheBundleAreAccepted() {
        DevPki next = DevPki.createFresh(TestPki.DIR.resolve("next-ca"), "Next ECS test CA");
        String name = TestPki.unique("moved");
        EesClient moved = EesClient.of(
                next.issue(IdentitySpec.ees(name, name + "." + TestPki.EDGE, UUID.randomUUID())));
        String path = Registrations.COLLECTION + "/" + UUID.randomUUID();
        assertEquals(Optional.empty(), TlsProbe.statusLine(TlsContexts.of(moved.identity(), TestPki.CA), "GET", path,
                null), "not trusted before the bundle changes");

        next.addCaTo(TestPki.CA);

        CertificateRotation.await("an EES of the new CA is answered",
                () -> TlsProbe.statusLine(TlsContexts.of(moved.identity(), TestPki.CA), "GET", path, null).isPresent());
        Registrations.register(moved, TestPki.unique("app"));
        Registrations.register(EesClient.newEes("old-ca"), TestPki.unique("app"));
    }
}
