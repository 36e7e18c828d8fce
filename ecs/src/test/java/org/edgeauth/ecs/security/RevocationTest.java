package org.edgeauth.ecs.security;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.UUID;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Revoked client certificates (edgeauth.tls.crl): the CRL file is replaced while the ECS runs; from the next reload
 * on, the revoked certificate gets 403 CERTIFICATE_REVOKED (with a valid token), before any other check, and others
 * go on as before.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class RevocationTest {

    private static final String PATH = Registrations.COLLECTION + "/" + UUID.randomUUID();

    @Test
    void aCertificateListedInTheCrlIsRefusedOnceTheFileChanges() throws InterruptedException {
        EesClient revoked = EesClient.newEes("revoked");
        EesClient other = EesClient.newEes("other");
        revoked.authorized().get(PATH).then().statusCode(404);

        TestPki.revoke(revoked.identity());

        awaitStatus(revoked, 403);
        assertProblem(revoked.authorized().get(PATH), 403, ProblemCause.CERTIFICATE_REVOKED);
        assertProblem(revoked.request().post(Registrations.COLLECTION), 403, ProblemCause.CERTIFICATE_REVOKED);
        other.authorized().get(PATH).then().statusCode(404);
        TestPki.revoke();
    }

    /** Waits for the CRL reload (every 200 ms in tests). */
    private static void awaitStatus(EesClient ees, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ees.authorized().get(PATH).statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
