package org.edgeauth.ecs.security;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The benchmark switch's key alone does nothing outside a bench build: no bypass bean exists, and a request
 * without a token is refused exactly as without the key.
 */
@QuarkusTest
@TestProfile(MtlsOnlyKeyTest.KeySetProfile.class)
@WithTestResource(EcsTestEnvironment.class)
class MtlsOnlyKeyTest {

    public static class KeySetProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("edgeauth.bench.mtls-only", "true");
        }
    }

    @Test
    void noBypassBeanOutsideTheBenchBuild() {
        assertFalse(Arc.container().select(MtlsOnlyBenchmark.class).isResolvable());
    }

    @Test
    void tokenlessRequestsAreStillRefused() {
        EesClient ees = EesClient.newEes("bench-key");

        assertProblem(ees.request().contentType(ContentType.JSON)
                .body(Registrations.registration(ees.eesId(), "app")).post(Registrations.COLLECTION), 401,
                "TOKEN_MISSING");
        assertProblem(ees.request().queryParam("ees-id", ees.eesId()).queryParam("eas-id", "app")
                .get("/eecs-targeteesdiscovery/v1/ees-profiles"), 401, "TOKEN_MISSING");
    }
}
