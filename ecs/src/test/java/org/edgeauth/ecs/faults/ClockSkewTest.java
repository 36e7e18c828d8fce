package org.edgeauth.ecs.faults;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.read;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TestToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Clocks of the token issuer and the ECS that disagree, within and beyond {@code mp.jwt.verify.clock.skew=30}
 * (seconds), on exp, nbf and iat. Each token is new (its own jti), so none is served from the verified-token cache. Refusals are tried
 * on an update and leave the registration as it was.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class ClockSkewTest {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    private EesClient owner;
    private String location;
    private String stored;

    @BeforeEach
    void registerOwner() {
        owner = EesClient.newEes("skewed");
        location = register(owner, TestPki.unique("app"));
        stored = read(owner, location);
    }

    @Test
    void aTokenExpiredLessThanTheToleranceAgoIsAccepted() {
        // The issuer's clock runs 25 s behind: its tokens expire 25 s early as the ECS sees them.
        owner.request(owner.token().expiredSince(Duration.ofSeconds(20))).get(location).then().statusCode(200);
    }

    @Test
    void aTokenExpiredMoreThanTheToleranceAgoIsRefusedAsExpired() {
        assertProblem(update(owner.token().expiredSince(Duration.ofSeconds(40))), 401, "TOKEN_EXPIRED")
                .header("WWW-Authenticate", INVALID_TOKEN);
        assertUnchanged();
    }

    @Test
    void aTokenIssuedByAClockAheadWithinTheToleranceIsAccepted() {
        // 20 s ahead is everyday NTP drift.
        owner.request(owner.token().issuerClockAhead(Duration.ofSeconds(20))).get(location).then().statusCode(200);
    }

    @Test
    void aTokenIssuedByAClockAheadBeyondTheToleranceIsRefusedAsInvalid() {
        // smallrye-jwt does not look at iat in the future: the ECS's own check (TokenVerifier) refuses it.
        assertProblem(update(owner.token().issuerClockAhead(Duration.ofSeconds(60))), 401, "TOKEN_INVALID")
                .header("WWW-Authenticate", INVALID_TOKEN)
                .body("detail", containsString("issued in the future"));
        assertUnchanged();
    }

    @Test
    void notBeforeWithinTheToleranceIsAccepted() {
        owner.request(owner.token().notBefore(Instant.now().plusSeconds(20))).get(location).then().statusCode(200);
    }

    @Test
    void notBeforeBeyondTheToleranceIsRefusedAsInvalid() {
        assertProblem(update(owner.token().notBefore(Instant.now().plusSeconds(60))), 401, "TOKEN_INVALID")
                .header("WWW-Authenticate", INVALID_TOKEN)
                .body("detail", containsString("not yet valid"));
        assertUnchanged();
    }

    private Response update(TestToken token) {
        return owner.request(token).contentType(ContentType.JSON)
                .body(Registrations.registration(owner.eesId(), "changed")).put(location);
    }

    private void assertUnchanged() {
        assertEquals(stored, read(owner, location));
    }
}
