package org.edgeauth.ecs.security;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.assertNobodyServes;
import static org.edgeauth.ecs.support.Registrations.read;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.edgeauth.contract.security.Scopes;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.Registrations;
import org.edgeauth.ecs.support.SigningKeys;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.edgeauth.ecs.support.TlsProbe;
import org.edgeauth.pki.IdentitySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Checks 2-4 of spec-notes.md section 6 over real mutual TLS. Each refusal is tried on an update (PUT) of an
 * existing registration and must leave it exactly as it was; refusals of a creation must create nothing.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class AccessControlTest {

    private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    private EesClient owner;
    private String location;
    private String stored;

    @BeforeEach
    void registerOwner() {
        owner = EesClient.newEes("owner");
        location = register(owner, TestPki.unique("app"));
        stored = read(owner, location);
    }

    // Check 2: static policy

    @Test
    void identityOutsideThePolicyIsRefusedWhateverItsToken() {
        EesClient stranger = EesClient.of(TestPki.ees("stranger", TestPki.UNLISTED));
        String easId = TestPki.unique("app");

        assertProblem(update(stranger.authorized()), 403, "EES_NOT_AUTHORIZED");
        assertProblem(create(stranger.authorized(), stranger, easId), 403, "EES_NOT_AUTHORIZED");
        assertProblem(stranger.request().get(location), 403, "EES_NOT_AUTHORIZED");

        assertUnchanged();
        assertNobodyServes(easId);
    }

    @Test
    void policyGrantsPerApi() {
        EesClient registrar = EesClient.of(TestPki.ees("registrar", TestPki.REGISTRATION_ONLY));

        register(registrar, TestPki.unique("app"));
        assertProblem(discover(registrar.authorized(), registrar.eesId()), 403, "EES_NOT_AUTHORIZED");
    }

    @Test
    void policyCanSelectByInstanceId() {
        String name = TestPki.unique("pinned");
        String eesId = name + "." + TestPki.UNLISTED;
        EesClient pinned = EesClient.of(TestPki.ees(new IdentitySpec(name, eesId, TestPki.PINNED_INSTANCE_ID,
                List.of(eesId), true, true)));

        assertProblem(discover(pinned.authorized(), pinned.eesId()), 404, "NO_MATCHING_EES");
        assertProblem(create(pinned.authorized(), pinned, "app"), 403, "EES_NOT_AUTHORIZED");
    }

    @Test
    void certificateWithoutInstanceIdIsRefused() {
        String name = TestPki.unique("no-uri");
        EesClient anonymous = EesClient.of(TestPki.ees(new IdentitySpec(name, name + "." + TestPki.EDGE, null,
                List.of(name + "." + TestPki.EDGE), true, true)));

        assertProblem(anonymous.request().get(location), 403, "CERTIFICATE_NOT_ACCEPTED");
        assertUnchanged();
    }

    @Test
    void localPolicyEntryNeedsNoToken() {
        EesClient local = EesClient.of(TestPki.ees("local", TestPki.LOCAL));
        String easId = TestPki.unique("app");

        String own = local.request().contentType(ContentType.JSON).body(registration(local.eesId(), easId))
                .post(Registrations.COLLECTION).then().statusCode(201).extract().header("Location");
        local.request().get(own).then().statusCode(200).body("eesProf.eesId", equalTo(local.eesId()));
        // Object-level rules still apply without a token.
        assertProblem(local.request().get(location), 403, "NOT_OWNER");
        assertUnchanged();
    }

    // Check 3: token

    @Test
    void missingTokenIsRefusedWithABareChallenge() {
        assertProblem(update(owner.request()), 401, "TOKEN_MISSING").header("WWW-Authenticate", "Bearer");
        assertProblem(owner.request().header("Authorization", "Basic b3duZXI6cHc=").get(location), 401,
                "TOKEN_MISSING");
        assertUnchanged();
    }

    @Test
    void creationWithoutTokenCreatesNothing() {
        String easId = TestPki.unique("app");

        assertProblem(create(owner.request(), owner, easId), 401, "TOKEN_MISSING");

        assertNobodyServes(easId);
        assertUnchanged();
    }

    @Test
    void malformedTokenIsInvalid() {
        assertProblem(update(owner.request().header("Authorization", "Bearer not.a.jwt")), 401, "TOKEN_INVALID")
                .header("WWW-Authenticate", INVALID_TOKEN);
        assertUnchanged();
    }

    @Test
    void expiredTokenIsRefusedAfterTheClockSkew() {
        assertProblem(update(owner.request(owner.token().expiredSince(Duration.ofMinutes(2)))), 401, "TOKEN_EXPIRED")
                .header("WWW-Authenticate", INVALID_TOKEN);
        assertUnchanged();

        // mp.jwt.verify.clock.skew=30: a token expired a few seconds ago still passes.
        owner.request(owner.token().expiredSince(Duration.ofSeconds(5))).get(location).then().statusCode(200);
    }

    @Test
    void untrustedIssuerIsRefused() {
        assertProblem(update(owner.request(owner.token().issuer(UUID.randomUUID().toString()))), 401,
                "UNTRUSTED_ISSUER").header("WWW-Authenticate", INVALID_TOKEN);
        assertUnchanged();
    }

    @Test
    void audienceMustBeEcsOrThisEcsInstance() {
        assertProblem(update(owner.request(owner.token().audience("EES"))), 401, "TOKEN_INVALID");
        assertProblem(update(owner.request(owner.token().audience(UUID.randomUUID().toString()))), 401,
                "TOKEN_INVALID");
        assertUnchanged();

        owner.request(owner.token().audience(TestPki.ECS_INSTANCE_ID.toString())).get(location).then().statusCode(200);
    }

    @Test
    void tokenWithoutTheApisScopeIsForbidden() {
        assertProblem(update(owner.request(owner.token().scope(Scopes.TARGET_EES_DISCOVERY))), 403,
                "INSUFFICIENT_SCOPE")
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"eecs-eesregistration\"");
        assertProblem(discover(owner.request(owner.token().scope(Scopes.EES_REGISTRATION)), owner.eesId()), 403,
                "INSUFFICIENT_SCOPE");
        assertUnchanged();
    }

    @Test
    void tamperedTokenIsInvalid() {
        assertProblem(update(owner.request(owner.token().tampered())), 401, "TOKEN_INVALID");
        assertUnchanged();
    }

    @Test
    void unsignedTokenIsInvalid() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String signed = owner.token().sign();
        String unsigned = header + "." + signed.split("\\.")[1] + ".";

        assertProblem(update(owner.request().header("Authorization", "Bearer " + unsigned)), 401, "TOKEN_INVALID");
        assertUnchanged();
    }

    @Test
    void tokenSignedByAnUnpublishedKeyIsInvalid() {
        String rogue = TestPki.unique("rogue");
        SigningKeys.create(TestPki.DIR, rogue);

        assertProblem(update(owner.request(owner.token().signedWith(rogue))), 401, "TOKEN_INVALID");
        assertUnchanged();
    }

    @Test
    void rotatedKeyIsFetchedOnFirstUse() {
        String rotated = TestPki.unique("issuer-rotated");
        SigningKeys.create(TestPki.DIR, rotated);
        SigningKeys.publish(TestPki.DIR, TestPki.SIGNING_KEY, rotated);

        owner.request(owner.token().signedWith(rotated)).get(location).then().statusCode(200);
    }

    @Test
    void unreachableJwksFailsClosed() {
        String unseen = TestPki.unique("issuer-unseen");
        SigningKeys.create(TestPki.DIR, unseen);
        SigningKeys.publish(TestPki.DIR, TestPki.SIGNING_KEY, unseen);
        SigningKeys.setAvailable(TestPki.DIR, false);
        try {
            assertProblem(update(owner.request(owner.token().signedWith(unseen))), 401, "TOKEN_INVALID");
        } finally {
            SigningKeys.setAvailable(TestPki.DIR, true);
        }
        assertUnchanged();
        owner.request(owner.token().signedWith(unseen)).get(location).then().statusCode(200);
    }

    // Check 4: binding

    @Test
    void tokenForAnotherInstanceIsNotBound() {
        assertProblem(update(owner.request(owner.token().subject(UUID.randomUUID().toString()))), 401,
                "TOKEN_NOT_BOUND").header("WWW-Authenticate", INVALID_TOKEN);
        assertUnchanged();
    }

    @Test
    void tokenConfirmingAnotherCertificateIsNotBound() {
        EesClient other = EesClient.newEes("other");

        assertProblem(update(owner.request(owner.token().confirmation(other.thumbprint()))), 401, "TOKEN_NOT_BOUND");
        assertUnchanged();
    }

    @Test
    void tokenWithoutConfirmationIsNotBound() {
        assertProblem(update(owner.request(owner.token().confirmation(null))), 401, "TOKEN_NOT_BOUND");
        assertUnchanged();
    }

    @Test
    void anotherEessTokenIsUselessWithOwnersCertificate() {
        EesClient thief = EesClient.newEes("thief");

        assertProblem(update(owner.request(thief.token())), 401, "TOKEN_NOT_BOUND");
        assertUnchanged();
    }

    @Test
    void pathsAreCheckedAfterNormalization() {
        // A discovery-only token must not reach the registration API through dot segments.
        String id = location.substring(location.lastIndexOf('/') + 1);
        String sneaky = "/eecs-targeteesdiscovery/v1/../../eecs-eesregistration/v1/registrations/" + id;

        String status = TlsProbe.statusLine(TlsContexts.of(owner.identity(), TestPki.CA), "GET", sneaky,
                "Bearer " + owner.token().scope(Scopes.TARGET_EES_DISCOVERY).sign()).orElseThrow();

        assertEquals("HTTP/1.1 403 Forbidden", status);
    }

    private Response update(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(registration(owner.eesId(), "changed")).put(location);
    }

    private static Response create(RequestSpecification request, EesClient ees, String easId) {
        return request.contentType(ContentType.JSON).body(registration(ees.eesId(), easId)).post(Registrations.COLLECTION);
    }

    private static Response discover(RequestSpecification request, String eesId) {
        return request.queryParam("ees-id", eesId).queryParam("eas-id", TestPki.unique("app"))
                .get("/eecs-targeteesdiscovery/v1/ees-profiles");
    }

    private void assertUnchanged() {
        assertEquals(stored, read(owner, location));
    }
}
