package org.edgeauth.ecs.store;

import static io.restassured.RestAssured.given;
import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.COLLECTION;
import static org.edgeauth.ecs.support.Registrations.assertNobodyServes;
import static org.edgeauth.ecs.support.Registrations.read;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.http.Problems;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.RedisEcsTestEnvironment;
import org.edgeauth.ecs.support.RedisTestClient;
import org.edgeauth.ecs.support.RedisTestServer;
import org.edgeauth.ecs.support.TestPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The ECS with {@code edgeauth.ecs.store=redis}, over real mTLS, next to a second replica: a
 * {@link RedisRegistrationStore} with its own TLS connection to the same Redis. Whatever either writes, the
 * other serves. Redis going mute or away turns requests into 503 STORE_UNAVAILABLE within the timeout (1 s here)
 * and readiness DOWN; when it is back, the same ECS serves what was stored before, without a restart.
 */
@QuarkusTest
@WithTestResource(RedisEcsTestEnvironment.class)
class SharedRedisStoreApiTest {

    private static final String PROFILES = TargetEesDiscoveryApi.BASE_PATH + TargetEesDiscoveryApi.EES_PROFILES;
    /** The store's timeout in this environment (1 s) plus room for the TLS handshake and token check of a loaded CI. */
    private static final Duration BOUND = Duration.ofSeconds(3);

    private static RedisTestClient otherReplicaConnection;
    private static RegistrationStore otherReplica;

    @BeforeAll
    static void connectTheOtherReplica() {
        otherReplicaConnection = RedisTestClient.of(RedisEcsTestEnvironment.redis(), TestPki.CA);
        otherReplica = otherReplicaConnection.store(RedisEcsTestEnvironment.KEY_PREFIX);
    }

    @AfterAll
    static void disconnect() {
        otherReplicaConnection.close();
    }

    @Test
    void aRegistrationMadeHereIsReadUpdatedAndDeletedByTheOtherReplica() {
        EesClient ees = EesClient.newEes("here");
        String easId = TestPki.unique("app");
        String location = register(ees, easId);
        String id = location.substring(location.lastIndexOf('/') + 1);

        StoredRegistration seen = otherReplica.find(id, Instant.now()).await().indefinitely().orElseThrow();
        assertEquals(ees.eesId(), seen.owner());
        assertEquals(List.of(id), otherReplica.findByEasId(easId, Instant.now()).await().indefinitely().stream()
                .map(StoredRegistration::id).toList());

        String movedTo = TestPki.unique("moved");
        StoredRegistration moved = RegistrationStoreContract.registration(id, ees.eesId(), seen.expiresAt(), movedTo);
        assertEquals(WriteOutcome.DONE, otherReplica.replaceIfOwner(moved, Instant.now()).await().indefinitely());
        ees.authorized().get(location).then().statusCode(200).body("eesProf.easIds", contains(movedTo));
        discover(movedTo).then().statusCode(200).body("ednCnfgInfo.eess.eesId.flatten()", contains(ees.eesId()));
        assertNobodyServes(easId);

        assertEquals(WriteOutcome.DONE, otherReplica.deleteIfOwner(id, ees.eesId(), Instant.now())
                .await().indefinitely());
        assertProblem(ees.authorized().get(location), 404, ProblemCause.REGISTRATION_NOT_FOUND);
        assertNobodyServes(movedTo);
    }

    @Test
    void aRegistrationMadeThroughTheOtherReplicaIsServedHere() {
        EesClient ees = EesClient.newEes("there");
        String easId = TestPki.unique("app");
        String id = UUID.randomUUID().toString();
        StoredRegistration registered = RegistrationStoreContract.registration(id, ees.eesId(),
                Instant.now().plusSeconds(600), easId);
        otherReplica.putReplacingOwner(registered, Instant.now()).await().indefinitely();
        String location = COLLECTION + "/" + id;

        ees.authorized().get(location).then().statusCode(200).body("eesProf.easIds", contains(easId));
        discover(easId).then().statusCode(200).body("ednCnfgInfo.eess.eesId.flatten()", contains(ees.eesId()));

        String next = TestPki.unique("next");
        ees.authorized().contentType(ContentType.JSON).body(registration(ees.eesId(), next)).put(location)
                .then().statusCode(200);
        assertEquals(List.of(next), otherReplica.find(id, Instant.now()).await().indefinitely().orElseThrow().easIds());

        ees.authorized().delete(location).then().statusCode(204);
        assertEquals(Optional.empty(), otherReplica.find(id, Instant.now()).await().indefinitely());
    }

    @Test
    void redisOutagesAnswer503UntilRedisIsBackWithEverythingStored() {
        RedisTestServer redis = RedisEcsTestEnvironment.redis();
        EesClient ees = EesClient.newEes("outage");
        String easId = TestPki.unique("app");
        String location = register(ees, easId);
        String stored = read(ees, location);
        readiness().then().statusCode(200).body("checks.find { it.name == 'registration-store' }.data.store",
                equalTo("redis"));

        redis.pause();
        try {
            assertUnavailableWithin(BOUND, () -> ees.authorized().get(location));
            assertUnavailableWithin(BOUND, () -> discover(easId));
            assertNotReady();
        } finally {
            redis.resume();
        }

        redis.stop();
        try {
            assertUnavailableWithin(BOUND, () -> ees.authorized().get(location));
            assertUnavailableWithin(BOUND, () -> ees.authorized().contentType(ContentType.JSON)
                    .body(registration(ees.eesId(), easId)).post(COLLECTION));
            assertUnavailableWithin(BOUND, () -> ees.authorized().delete(location));
            assertNotReady();
        } finally {
            redis.start();
        }

        awaitReady();
        assertEquals(stored, read(ees, location));
        discover(easId).then().statusCode(200).body("ednCnfgInfo.eess.eesId.flatten()", contains(ees.eesId()));
        ees.authorized().delete(location).then().statusCode(204);
    }

    private static void assertUnavailableWithin(Duration bound, Supplier<Response> request) {
        long started = System.nanoTime();
        Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertProblem(response, 503, ProblemCause.STORE_UNAVAILABLE)
                .header("Retry-After", String.valueOf(Problems.RETRY_AFTER_SECONDS));
        assertTrue(took.compareTo(bound) < 0, "answered after " + took);
    }

    private static void assertNotReady() {
        readiness().then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'registration-store' }.data.cause",
                        equalTo(ProblemCause.STORE_UNAVAILABLE));
    }

    private static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (readiness().statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "readiness did not come back after Redis restarted");
            sleep(Duration.ofMillis(100));
        }
    }

    private static Response discover(String easId) {
        EesClient observer = EesClient.newEes("observer");
        return observer.authorized().queryParam(TargetEesDiscoveryApi.EES_ID, observer.eesId())
                .queryParam(TargetEesDiscoveryApi.EAS_ID, easId).get(PROFILES);
    }

    private static Response readiness() {
        return given().baseUri("http://localhost:"
                + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class))
                .get("/q/health/ready");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
