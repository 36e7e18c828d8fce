package org.edgeauth.ecs.registration;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.COLLECTION;
import static org.edgeauth.ecs.support.Registrations.assertNobodyServes;
import static org.edgeauth.ecs.support.Registrations.profile;
import static org.edgeauth.ecs.support.Registrations.read;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Eecs_EESRegistration end to end over mutual TLS with bound tokens: operations, lifecycle, input rules. */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class RegistrationApiTest {

    private static final String MERGE_PATCH = EESRegistrationPatch.MEDIA_TYPE;

    // The five operations

    @Test
    void registerReadUpdatePatchDeregister() {
        EesClient ees = EesClient.newEes("ees");
        String easId = TestPki.unique("app");

        Response created = ees.authorized().contentType(ContentType.JSON)
                .body(registration(ees.eesId(), easId)).post(COLLECTION);
        created.then().statusCode(201)
                .header("Location", startsWith(EesClient.baseUri() + COLLECTION + "/"))
                .body("eesProf.eesId", equalTo(ees.eesId()))
                .body("expTime", startsWith("20"));
        String location = created.header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertEquals(id, UUID.fromString(id).toString());

        ees.authorized().get(location).then().statusCode(200).body("eesProf.easIds", contains(easId));

        Map<String, Object> replaced = profile(ees.eesId(), easId, "maps");
        replaced.put("appLocs", List.of("dnai-1"));
        ees.authorized().contentType(ContentType.JSON).body(registration(replaced)).put(location)
                .then().statusCode(200).body("eesProf.easIds", contains(easId, "maps"))
                .body("eesProf.appLocs", contains("dnai-1"));

        ees.authorized().contentType(MERGE_PATCH).body(Map.of("eesProf", Map.of("provId", "ecsp-7"))).patch(location)
                .then().statusCode(200).body("eesProf.provId", equalTo("ecsp-7"))
                .body("eesProf.easIds", contains(easId, "maps"));
        ees.authorized().get(location).then().statusCode(200).body("eesProf.provId", equalTo("ecsp-7"));

        ees.authorized().delete(location).then().statusCode(204);
        assertProblem(ees.authorized().get(location), 404, "REGISTRATION_NOT_FOUND");
        assertProblem(ees.authorized().delete(location), 404, "REGISTRATION_NOT_FOUND");
        assertNobodyServes(easId);
    }

    @Test
    void registeringAgainReplacesTheEarlierRegistration() {
        EesClient ees = EesClient.newEes("restarted");
        String easId = TestPki.unique("app");
        String first = register(ees, easId);

        String second = register(ees, easId);

        assertTrue(!first.equals(second));
        assertProblem(ees.authorized().get(first), 404, "REGISTRATION_NOT_FOUND");
        read(ees, second);
        EesClient observer = EesClient.newEes("observer");
        observer.authorized().queryParam("ees-id", observer.eesId()).queryParam("eas-id", easId)
                .get("/eecs-targeteesdiscovery/v1/ees-profiles")
                .then().statusCode(200).body("ednCnfgInfo[0].eess.eesId", contains(ees.eesId()));
    }

    @Test
    void unknownAttributesAreToleratedAndDropped() {
        EesClient ees = EesClient.newEes("future");
        Map<String, Object> profile = profile(ees.eesId(), TestPki.unique("app"));
        profile.put("rel99Attribute", Map.of("x", 1));
        Map<String, Object> registration = registration(profile);
        registration.put("anotherOne", true);

        ees.authorized().contentType(ContentType.JSON).body(registration).post(COLLECTION)
                .then().statusCode(201).body("$", not(hasKey("anotherOne")))
                .body("eesProf", not(hasKey("rel99Attribute")));
    }

    // Expiry

    @Test
    void grantedExpiryIsTheProposalCappedAtTheMaximum() {
        EesClient ees = EesClient.newEes("expiry");
        Instant soon = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> proposal = registration(ees.eesId(), TestPki.unique("app"));

        proposal.put("expTime", soon.toString());
        assertEquals(soon, grantedExpiry(ees, proposal));

        proposal.put("expTime", Instant.now().plus(Duration.ofDays(30)).toString());
        assertAboutADayFromNow(grantedExpiry(ees, proposal));

        proposal.remove("expTime");
        assertAboutADayFromNow(grantedExpiry(ees, proposal));
    }

    @Test
    void pastExpiryIsRefused() {
        EesClient ees = EesClient.newEes("past");
        String easId = TestPki.unique("app");
        Map<String, Object> proposal = registration(ees.eesId(), easId);
        proposal.put("expTime", Instant.now().minusSeconds(5).toString());

        assertProblem(ees.authorized().contentType(ContentType.JSON).body(proposal).post(COLLECTION), 400,
                "INVALID_REQUEST").body("invalidParams.param", contains("expTime"));
        assertNobodyServes(easId);
    }

    @Test
    void lapsedRegistrationIsGone() throws InterruptedException {
        EesClient ees = EesClient.newEes("lapsing");
        String easId = TestPki.unique("app");
        Map<String, Object> proposal = registration(ees.eesId(), easId);
        Instant expiry = Instant.now().plusMillis(1500);
        proposal.put("expTime", expiry.toString());
        String location = register(ees, proposal);
        read(ees, location);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 200);

        assertProblem(ees.authorized().get(location), 404, "REGISTRATION_NOT_FOUND");
        assertProblem(ees.authorized().contentType(ContentType.JSON).body(registration(ees.eesId(), easId))
                .put(location), 404, "REGISTRATION_NOT_FOUND");
        assertProblem(ees.authorized().contentType(MERGE_PATCH).body(Map.of("expTime",
                Instant.now().plusSeconds(60).toString())).patch(location), 404, "REGISTRATION_NOT_FOUND");
        assertProblem(ees.authorized().delete(location), 404, "REGISTRATION_NOT_FOUND");
        assertNobodyServes(easId);
    }

    // Merge patch (RFC 7396)

    @Test
    void mergePatchRemovesMergesAndReplaces() {
        EesClient ees = EesClient.newEes("patched");
        Map<String, Object> profile = profile(ees.eesId(), "a", "b");
        profile.put("svcArea", Map.of("topServAr", Map.of("plmnIds", List.of(Map.of("mcc", "001", "mnc", "01")))));
        profile.put("provId", "ecsp-1");
        String location = register(ees, registration(profile));

        Map<String, Object> endPoint = new HashMap<>();
        endPoint.put("uri", null);
        endPoint.put("fqdn", ees.eesId());
        Map<String, Object> patch = new HashMap<>();
        patch.put("svcArea", null);
        patch.put("endPt", endPoint);
        patch.put("easIds", List.of("c"));
        ees.authorized().contentType(MERGE_PATCH).body(Map.of("eesProf", patch)).patch(location)
                .then().statusCode(200)
                .body("eesProf.svcArea", nullValue())
                .body("eesProf.endPt.uri", nullValue())
                .body("eesProf.endPt.fqdn", equalTo(ees.eesId()))
                .body("eesProf.easIds", contains("c"))
                .body("eesProf.provId", equalTo("ecsp-1"));
    }

    @Test
    void patchMovesTheExpiryOnlyWhenItSaysSo() {
        EesClient ees = EesClient.newEes("refresh");
        Map<String, Object> proposal = registration(ees.eesId(), TestPki.unique("app"));
        Instant first = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        proposal.put("expTime", first.toString());
        String location = register(ees, proposal);

        ees.authorized().contentType(MERGE_PATCH).body(Map.of("eesProf", Map.of("provId", "x"))).patch(location)
                .then().statusCode(200).body("expTime", equalTo(first.toString()));

        Instant second = first.plus(Duration.ofHours(1));
        ees.authorized().contentType(MERGE_PATCH).body(EESRegistrationPatch.expTime(second).document().toString())
                .patch(location).then().statusCode(200).body("expTime", equalTo(second.toString()));

        Map<String, Object> removeExpiry = new HashMap<>();
        removeExpiry.put("expTime", null);
        String granted = ees.authorized().contentType(MERGE_PATCH).body(removeExpiry).patch(location)
                .then().statusCode(200).extract().path("expTime");
        assertAboutADayFromNow(Instant.parse(granted));
    }

    @Test
    void patchResultIsValidatedLikeAFullUpdate() {
        EesClient ees = EesClient.newEes("broken");
        String location = register(ees, TestPki.unique("app"));
        String before = read(ees, location);

        assertProblem(ees.authorized().contentType(MERGE_PATCH)
                .body(Map.of("eesProf", Map.of("endPt", Map.of("fqdn", ees.eesId())))).patch(location), 400,
                "INVALID_REQUEST").body("invalidParams.param", contains("eesProf.endPt"));
        assertProblem(ees.authorized().contentType(MERGE_PATCH).body(Map.of("eesProf", Map.of("eecRegConf", "maybe")))
                .patch(location), 400, "INVALID_REQUEST").body("invalidParams.param", contains("eesProf.eecRegConf"));
        assertProblem(ees.authorized().contentType(MERGE_PATCH).body("[1, 2]").patch(location), 400,
                "INVALID_REQUEST");
        assertProblem(ees.authorized().contentType(ContentType.JSON).body(Map.of("eesProf", Map.of()))
                .patch(location), 415, "UNSUPPORTED_MEDIA_TYPE");

        assertEquals(before, read(ees, location));
    }

    // Object level (check 5)

    @Test
    void onlyTheOwnerReadsChangesOrDeletes() {
        EesClient owner = EesClient.newEes("owner");
        String location = register(owner, TestPki.unique("app"));
        String before = read(owner, location);
        EesClient intruder = EesClient.newEes("intruder");

        assertProblem(intruder.authorized().get(location), 403, "NOT_OWNER");
        assertProblem(intruder.authorized().contentType(ContentType.JSON)
                .body(registration(intruder.eesId(), "hijacked")).put(location), 403, "NOT_OWNER");
        assertProblem(intruder.authorized().contentType(MERGE_PATCH).body(Map.of("eesProf", Map.of("provId", "x")))
                .patch(location), 403, "NOT_OWNER");
        assertProblem(intruder.authorized().delete(location), 403, "NOT_OWNER");

        assertEquals(before, read(owner, location));
    }

    @Test
    void noEesRegistersInAnotherOnesName() {
        EesClient owner = EesClient.newEes("owner");
        String location = register(owner, TestPki.unique("app"));
        String before = read(owner, location);
        EesClient impostor = EesClient.newEes("impostor");
        String easId = TestPki.unique("app");

        assertProblem(impostor.authorized().contentType(ContentType.JSON).body(registration(owner.eesId(), easId))
                .post(COLLECTION), 403, "EES_ID_MISMATCH");

        assertEquals(before, read(owner, location));
        assertNobodyServes(easId);
    }

    @Test
    void updatesCannotChangeTheEesId() {
        EesClient ees = EesClient.newEes("steady");
        String location = register(ees, TestPki.unique("app"));
        String before = read(ees, location);
        String other = EesClient.newEes("other").eesId();

        assertProblem(ees.authorized().contentType(ContentType.JSON).body(registration(other, "x")).put(location), 403,
                "EES_ID_MISMATCH");
        assertProblem(ees.authorized().contentType(MERGE_PATCH).body(Map.of("eesProf", Map.of("eesId", other)))
                .patch(location), 403, "EES_ID_MISMATCH");

        assertEquals(before, read(ees, location));
    }

    // Input rules

    @Test
    void invalidParamsNameEachBadField() {
        EesClient ees = EesClient.newEes("sloppy");
        Map<String, Object> profile = new HashMap<>();
        profile.put("eesId", "not an fqdn");
        profile.put("endPt", Map.of("ipv4Addrs", List.of("192.0.2.300")));
        profile.put("easIds", List.of());
        profile.put("appLocs", List.of("bad dnai!"));
        profile.put("svcArea", Map.of("geoServAr", Map.of("geoArs",
                List.of(Map.of("shape", "POINT", "point", Map.of("lon", 181, "lat", 0))))));
        Map<String, Object> registration = registration(profile);
        registration.put("suppFeat", "xyz");

        assertProblem(ees.authorized().contentType(ContentType.JSON).body(registration).post(COLLECTION), 400,
                "INVALID_REQUEST").body("invalidParams.param", containsInAnyOrder("eesProf.eesId",
                        "eesProf.endPt.ipv4Addrs[0]", "eesProf.easIds", "eesProf.appLocs[0]", "eesProf.eecRegConf",
                        "eesProf.svcArea.geoServAr.geoArs[0].point.lon", "suppFeat"));
    }

    @Test
    void malformedBodiesAreNamedToo() {
        EesClient ees = EesClient.newEes("malformed");
        Map<String, Object> badDate = registration(ees.eesId(), "app");
        badDate.put("expTime", "tomorrow");
        Map<String, Object> badShape = registration(profile(ees.eesId(), "app"));
        ((Map<String, Object>) badShape.get("eesProf")).put("svcArea",
                Map.of("geoServAr", Map.of("geoArs", List.of(Map.of("shape", "ELLIPSOID_ARC")))));

        assertProblem(post(ees, badDate), 400, "INVALID_REQUEST").body("invalidParams.param", contains("expTime"));
        assertProblem(post(ees, badShape), 400, "INVALID_REQUEST")
                .body("invalidParams.param", contains("eesProf.svcArea.geoServAr.geoArs[0]"));
        assertProblem(ees.authorized().contentType(ContentType.JSON).body("{\"eesProf\": ").post(COLLECTION), 400,
                "INVALID_REQUEST");
        assertProblem(ees.authorized().contentType(ContentType.JSON).post(COLLECTION), 400, "INVALID_REQUEST")
                .body("invalidParams.param", contains("body"));
    }

    @Test
    void registrationIdsAreUuids() {
        EesClient ees = EesClient.newEes("ids");

        assertProblem(ees.authorized().get(COLLECTION + "/not-a-uuid"), 400, "INVALID_REQUEST")
                .body("invalidParams.param", contains("registrationId"));
        assertProblem(ees.authorized().get(COLLECTION + "/" + UUID.randomUUID()), 404, "REGISTRATION_NOT_FOUND");
    }

    @Test
    void bodiesAboveTheLimitAreRefusedUnread() {
        EesClient ees = EesClient.newEes("big");
        String easId = TestPki.unique("app");
        Map<String, Object> huge = registration(ees.eesId(), easId);
        huge.put("padding", "x".repeat(70 * 1024));

        assertProblem(post(ees, huge), 413, "PAYLOAD_TOO_LARGE");
        assertNobodyServes(easId);
    }

    @Test
    void streamedBodiesAboveTheLimitAreRefusedToo() throws Exception {
        EesClient ees = EesClient.newEes("streamed");
        String easId = TestPki.unique("app");
        byte[] huge = ("{\"eesProf\": {\"eesId\": \"" + ees.eesId() + "\", \"padding\": \"" + "x".repeat(70 * 1024)
                + "\"}}").getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(TlsContexts.of(ees.identity(), TestPki.CA)).build();

        // No Content-Length: the body is sent chunked and counted as it is read.
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(EesClient.baseUri() + COLLECTION))
                .header("Authorization", "Bearer " + ees.token().sign()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("PAYLOAD_TOO_LARGE"), response.body());
        assertNobodyServes(easId);
    }

    @Test
    void mediaTypesAreNegotiated() {
        EesClient ees = EesClient.newEes("media");
        String location = register(ees, TestPki.unique("app"));

        assertProblem(ees.authorized().contentType(ContentType.TEXT).body("hello").post(COLLECTION), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(ees.authorized().accept(ContentType.TEXT).get(location), 406, "NOT_ACCEPTABLE");
        assertProblem(ees.authorized().delete(COLLECTION), 405, "METHOD_NOT_ALLOWED");
        assertProblem(ees.authorized().get("/eecs-eesregistration/v1/elsewhere"), 404, "RESOURCE_NOT_FOUND");
        assertProblem(ees.authorized().get("/somewhere-else"), 404, "RESOURCE_NOT_FOUND");
    }

    private static Response post(EesClient ees, Map<String, Object> body) {
        return ees.authorized().contentType(ContentType.JSON).body(body).post(COLLECTION);
    }

    private static Instant grantedExpiry(EesClient ees, Map<String, Object> proposal) {
        return Instant.parse(post(ees, proposal).then().statusCode(201).extract().path("expTime"));
    }

    private static void assertAboutADayFromNow(Instant granted) {
        Duration fromNow = Duration.between(Instant.now(), granted);
        assertTrue(fromNow.compareTo(Duration.ofHours(24)) <= 0 && fromNow.compareTo(Duration.ofHours(23)) > 0,
                "granted " + granted);
    }
}
