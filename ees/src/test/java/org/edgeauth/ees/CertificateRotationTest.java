package org.edgeauth.ees;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.edgeauth.ees.support.EesApi;
import org.edgeauth.ees.support.EesTestEnvironment;
import org.edgeauth.ees.support.FakeEcs;
import org.edgeauth.ees.support.Recorded;
import org.edgeauth.pki.CertificateRotation;
import org.edgeauth.pki.DevPki;
import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The EES's certificate files replaced while it runs (quarkus.tls.ees.reload-period, 1 s in tests), as a
 * cert-manager Secret update would: its API serves the new certificate, its calls to the ECS present it (the open
 * connection is given up: the ECS binds tokens to the connection's certificate), a CA added to the bundle is
 * trusted, and a certificate naming another EES makes it not ready.
 */
@QuarkusTest
@WithTestResource(EesTestEnvironment.class)
class CertificateRotationTest {

    private static final String IDENTITY_CHECK = "checks.find { it.name == 'certificate identity' }.status";

    FakeEcs ecs;

    /**
     * Leaves the EES serving a certificate of its own, with the swap finished: the test classes after this one share
     * the running EES, and Vert.x drops the handshakes that arrive while it swaps its server certificate.
     */
    @AfterEach
    void settle() {
        CertificateRotation.awaitServed(eec(), "localhost", EesApi.httpsPort(), renewOwnCertificate().certificate());
    }

    @Test
    void theApiServesTheRenewedCertificate() {
        IssuedIdentity renewed = renewOwnCertificate();

        CertificateRotation.awaitServed(eec(), "localhost", EesApi.httpsPort(), renewed.certificate());
    }

    @Test
    void callsToTheEcsPresentTheRenewedCertificate() {
        // The first registration, right after the boot, can take a while on a busy machine.
        await().atMost(Duration.ofSeconds(60)).until(() -> !ecs.requests().isEmpty());
        int before = ecs.requests().size();

        IssuedIdentity renewed = renewOwnCertificate();

        CertificateRotation.await("a call to the ECS presents the renewed certificate",
                () -> firstPresenting(renewed, before) >= 0);
        int switched = firstPresenting(renewed, before);
        CertificateRotation.await("two more calls to the ECS", () -> ecs.requests().size() > switched + 2);
        List<Recorded> after = ecs.requests().subList(switched, ecs.requests().size());
        assertEquals(List.of(), after.stream().filter(r -> !r.certificate().equals(renewed.certificate()))
                .map(r -> r.method() + " " + r.path()).toList(), "no call over a connection with the old certificate");
    }

    /** A CA change: the EES's bundle lists the old and the new CA; EECs of the new CA are served. */
    @Test
    void eecsOfACaAddedToTheBundleAreServed() {
        Path nextDir = EesTestEnvironment.DIR.resolve("next-ca");
        DevPki next = DevPki.createFresh(nextDir, "Next EES test CA");
        IssuedIdentity moved = next.issue(IdentitySpec.ees("moved-eec", "moved-eec.edge.test", UUID.randomUUID()));
        SSLContext movedEec = EesApi.sslContext(moved.p12(), EesTestEnvironment.CA);
        assertThrows(SSLException.class, () -> EesApi.with(movedEec).get("/ees/v1/registration"),
                "not trusted before the bundle changes");

        next.addCaTo(EesTestEnvironment.CA);

        CertificateRotation.await("an EEC of the new CA is served",
                () -> EesApi.with(movedEec).get("/ees/v1/registration").statusCode() == 200);
    }

    /** The identity cannot change at run time: the EES keeps serving, says why it is not ready, recovers. */
    @Test
    void aCertificateNamingAnotherEesMakesItNotReady() {
        DevPki pki = DevPki.openOrCreate(EesTestEnvironment.DIR, "EES test CA");
        try {
            pki.issue(IdentitySpec.ees("ees", "impostor.edge.test", UUID.randomUUID()));

            CertificateRotation.await("readiness down", () -> EesApi.management().get("/q/health/ready")
                    .then().extract().statusCode() == 503);
            EesApi.management().get("/q/health/ready").then().statusCode(503).body(IDENTITY_CHECK, equalTo("DOWN"));
            EesApi.asEec().get("/ees/v1/registration").then().statusCode(200);
        } finally {
            renewOwnCertificate();
        }
        CertificateRotation.await("ready again", () -> EesApi.management().get("/q/health/ready").statusCode() == 200);
        EesApi.management().get("/q/health/ready").then().body(IDENTITY_CHECK, equalTo("UP"));
    }

    private static IssuedIdentity renewOwnCertificate() {
        return DevPki.openOrCreate(EesTestEnvironment.DIR, "EES test CA")
                .issue(IdentitySpec.ees("ees", EesTestEnvironment.EES_ID, EesTestEnvironment.INSTANCE_ID));
    }

    private static SSLContext eec() {
        return EesApi.sslContext(EesTestEnvironment.DIR.resolve(EesTestEnvironment.EEC + ".p12"),
                EesTestEnvironment.CA);
    }

    /** The index of the first request from {@code from} on that presented {@code identity}'s certificate; -1: none. */
    private int firstPresenting(IssuedIdentity identity, int from) {
        List<Recorded> requests = ecs.requests();
        for (int i = from; i < requests.size(); i++) {
            if (requests.get(i).certificate().equals(identity.certificate())) {
                return i;
            }
        }
        return -1;
    }
}
