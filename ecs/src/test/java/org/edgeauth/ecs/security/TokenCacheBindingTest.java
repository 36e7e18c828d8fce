package org.edgeauth.ecs.security;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;

import org.edgeauth.contract.security.Scopes;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The verified-token cache (on by default) skips only the signature check: a token served from the cache still
 * has to be bound to the certificate of the connection it arrives on.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class TokenCacheBindingTest {

    private static final String DISCOVERY = "/eecs-targeteesdiscovery/v1/ees-profiles";

    @Test
    void cachedTokenPresentedWithAnotherCertificateIsRefused() {
        EesClient owner = EesClient.newEes("cache-owner");
        EesClient thief = EesClient.newEes("cache-thief");
        String token = owner.token().sign();

        // Twice with its own certificate: the second answer comes through the cache.
        for (int i = 0; i < 2; i++) {
            assertProblem(discover(owner.request(), token, owner.eesId()), 404, "NO_MATCHING_EES");
        }

        assertProblem(discover(thief.request(), token, thief.eesId()), 401, "TOKEN_NOT_BOUND");
        assertProblem(discover(thief.request(), token, owner.eesId()), 401, "TOKEN_NOT_BOUND");
    }

    @Test
    void cachedTokenStillNeedsTheApisScope() {
        EesClient ees = EesClient.newEes("cache-scope");
        String registrationOnly = ees.token().scope(Scopes.EES_REGISTRATION).sign();

        for (int i = 0; i < 2; i++) {
            assertProblem(discover(ees.request(), registrationOnly, ees.eesId()), 403, "INSUFFICIENT_SCOPE");
        }
    }

    private static Response discover(RequestSpecification request, String token,
            String eesId) {
        return request.header("Authorization", "Bearer " + token).queryParam("ees-id", eesId)
                .queryParam("eas-id", TestPki.unique("app")).get(DISCOVERY);
    }
}
