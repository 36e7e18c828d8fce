package org.edgeauth.ecs.faults;

import static io.restassured.RestAssured.given;
import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.assertNobodyServes;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.ecs.http.Problems;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.SigningKeys;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The ECS starts while the token issuer's JWKS cannot be fetched (here: it answers 503). It fails closed: no token
 * can be verified, so every token-bearing request is refused with 503 TOKEN_KEYS_UNAVAILABLE and Retry-After, not a
 * 401 (the token is not known to be bad: the EES keeps it), and nothing is stored. The ECS stays ready: it answers, EESs admitted without a token (local policy entries) keep working,
 * and the keys are fetched on the next token once the JWKS is back, without a restart.
 */
@QuarkusTest
@WithTestResource(value = EcsTestEnvironment.class, initArgs = @ResourceArg(name = EcsTestEnvironment.JWKS_AT_START,
        value = EcsTestEnvironment.UNREACHABLE))
class JwksUnreachableAtStartTest {

    @Test
    void failsClosedWhileTheJwksIsUnreachableAndRecoversWithoutARestart() {
        EesClient ees = EesClient.newEes("early");
        String easId = TestPki.unique("app");

        assertProblem(ees.authorized().contentType(ContentType.JSON).body(registration(ees.eesId(), easId))
                .post(Registrations.COLLECTION), 503, "TOKEN_KEYS_UNAVAILABLE")
                .header("Retry-After", String.valueOf(Problems.RETRY_AFTER_SECONDS))
                .header("WWW-Authenticate", nullValue())
                .body("detail", containsString("keys cannot be fetched"));
        given().baseUri(managementUri()).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        EesClient local = EesClient.of(TestPki.ees("local", TestPki.LOCAL));
        local.request().contentType(ContentType.JSON).body(registration(local.eesId(), TestPki.unique("app")))
                .post(Registrations.COLLECTION).then().statusCode(201);

        SigningKeys.setAvailable(TestPki.DIR, true);
        assertNobodyServes(easId);
        register(ees, easId);
    }

    private static String managementUri() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
