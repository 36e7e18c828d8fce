package org.edgeauth.ecs.http;

import static org.edgeauth.ecs.support.ProblemAssertions.assertProblem;
import static org.edgeauth.ecs.support.Registrations.COLLECTION;
import static org.edgeauth.ecs.support.Registrations.assertNobodyServes;
import static org.edgeauth.ecs.support.Registrations.read;
import static org.edgeauth.ecs.support.Registrations.register;
import static org.edgeauth.ecs.support.Registrations.registration;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.contract.eecs.JsonReadLimits;
import org.edgeauth.ecs.support.EcsTestEnvironment;
import org.edgeauth.ecs.support.EesClient;
import org.edgeauth.ecs.support.TestPki;
import org.edgeauth.ecs.support.TlsContexts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every input limit of the ECS, each with its answer: the HTTP layer's (request line, headers, body; a bare status
 * before any filter runs) and the application's (JSON shape limits; ProblemDetails). Nothing refused is stored.
 */
@QuarkusTest
@WithTestResource(EcsTestEnvironment.class)
class HostileInputTest {

    private static final String DISCOVERY = "/eecs-targeteesdiscovery/v1/ees-profiles";

    // Cut by the HTTP layer (application.properties "## Limits")

    @Test
    void aRequestLineAboveTheLimitIs414() {
        EesClient ees = EesClient.newEes("long-line");

        Response response = ees.authorized().queryParam("ees-id", ees.eesId()).queryParam("eas-id", "x".repeat(9000))
                .get(DISCOVERY);

        assertBareRefusal(response, 414);
    }

    @Test
    void headersAboveTheLimitAre431() {
        EesClient ees = EesClient.newEes("big-headers");
        String easId = TestPki.unique("app");

        Response response = ees.authorized().header("X-Padding", "x".repeat(17 * 1024)).contentType(ContentType.JSON)
                .body(registration(ees.eesId(), easId)).post(COLLECTION);

        assertBareRefusal(response, 431);
        assertNobodyServes(easId);
    }

    @Test
    void overHttp2TheHeaderListIsLimitedToo() throws Exception {
        EesClient ees = EesClient.newEes("h2-headers");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                .sslContext(TlsContexts.of(ees.identity(), TestPki.CA)).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(EesClient.baseUri() + DISCOVERY
                + "?ees-id=" + ees.eesId() + "&eas-id=app")).header("Authorization", "Bearer " + ees.token().sign())
                .header("X-Padding", "x".repeat(17 * 1024)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_2, response.version());
        assertEquals(431, response.statusCode());
        assertNoTrace(response.body());
    }

    @Test
    void aBodyAboveTheTransportLimitIs413() throws Exception {
        EesClient ees = EesClient.newEes("huge");
        String easId = TestPki.unique("app");
        String body = withExtra(ees, easId, "\"" + "x".repeat(1100 * 1024) + "\"");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(TlsContexts.of(ees.identity(), TestPki.CA)).build();

        // Expect: 100-continue lets the client read the refusal instead of writing into a closed connection.
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(EesClient.baseUri() + COLLECTION))
                .header("Authorization", "Bearer " + ees.token().sign()).header("Content-Type", "application/json")
                .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertNoTrace(response.body());
        assertNobodyServes(easId);
    }

    // Seen by the application: ProblemDetails 400, nothing stored (JsonReadLimits)

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        EesClient ees = EesClient.newEes("deep");
        String easId = TestPki.unique("app");
        String body = withExtra(ees, easId, "[".repeat(JsonReadLimits.MAX_NESTING_DEPTH) + "]".repeat(
                JsonReadLimits.MAX_NESTING_DEPTH));

        assertProblem(postJson(ees, body), 400, "INVALID_REQUEST").body("detail", startsWith("nesting depth"));
        assertNobodyServes(easId);
    }

    @Test
    void nestingWithinTheLimitIsAccepted() {
        EesClient ees = EesClient.newEes("nested");
        String easId = TestPki.unique("app");
        int depth = JsonReadLimits.MAX_NESTING_DEPTH - 3; // the body object, eesProf and the extra attribute's own

        postJson(ees, withExtra(ees, easId, "[".repeat(depth) + "]".repeat(depth))).then().statusCode(201);
    }

    @Test
    void stringsNumbersAndNamesAboveTheLimitsAreRefused() {
        EesClient ees = EesClient.newEes("long-values");
        String easId = TestPki.unique("app");

        assertProblem(postJson(ees, withField(ees, easId, "provId",
                "\"" + "x".repeat(JsonReadLimits.MAX_STRING_LENGTH + 1) + "\"")), 400, "INVALID_REQUEST")
                .body("detail", startsWith("string value length"));
        String longNumber = "1" + "0".repeat(JsonReadLimits.MAX_NUMBER_LENGTH);
        assertProblem(postJson(ees, withField(ees, easId, "svcArea", "{\"geoServAr\": {\"geoArs\": [{\"shape\":"
                + " \"POINT\", \"point\": {\"lon\": " + longNumber + ", \"lat\": 0}}]}}")), 400, "INVALID_REQUEST")
                .body("detail", startsWith("number value length"));
        String longName = "{\"" + "n".repeat(JsonReadLimits.MAX_NAME_LENGTH + 1) + "\": 1}";
        assertProblem(postJson(ees, withExtra(ees, easId, longName)), 400, "INVALID_REQUEST")
                .body("detail", startsWith("name length"));
        assertNobodyServes(easId);
    }

    @Test
    void updatesMeetTheSameLimits() {
        EesClient ees = EesClient.newEes("limited-update");
        String easId = TestPki.unique("app");
        String location = register(ees, easId);
        String before = read(ees, location);
        String deep = "[".repeat(JsonReadLimits.MAX_NESTING_DEPTH) + "]".repeat(JsonReadLimits.MAX_NESTING_DEPTH);

        assertProblem(ees.authorized().contentType(ContentType.JSON).body(withExtra(ees, easId, deep)).put(location),
                400, "INVALID_REQUEST");
        assertProblem(ees.authorized().contentType(EESRegistrationPatch.MEDIA_TYPE)
                .body("{\"eesProf\": {\"provId\": " + deep + "}}").patch(location), 400, "INVALID_REQUEST");
        assertProblem(ees.authorized().contentType(EESRegistrationPatch.MEDIA_TYPE)
                .body("{\"eesProf\": {\"provId\": \"" + "p".repeat(JsonReadLimits.MAX_STRING_LENGTH + 1) + "\"}}")
                .patch(location), 400, "INVALID_REQUEST");

        assertEquals(before, read(ees, location));
    }

    @Test
    void aQueryParameterHoldingJsonMeetsTheLimitsToo() {
        EesClient ees = EesClient.newEes("deep-query");
        // A valid location but for an unknown attribute nested too deep: without the limit it would be ignored.
        String deep = "{\"nwAreaInfo\": {\"tais\": [{\"plmnId\": {\"mcc\": \"001\", \"mnc\": \"01\"}, \"tac\": \"000001\"}]},"
                + " \"extra\": " + "[".repeat(JsonReadLimits.MAX_NESTING_DEPTH) + "]".repeat(JsonReadLimits.MAX_NESTING_DEPTH)
                + "}";

        assertProblem(ees.authorized().queryParam("ees-id", ees.eesId()).queryParam("eas-id", "app")
                .queryParam("ue-location", deep).get(DISCOVERY), 400, "INVALID_REQUEST");
    }

    @Test
    void manyQueryParametersAreNoFailure() {
        EesClient ees = EesClient.newEes("many-params");
        StringBuilder query = new StringBuilder("?ees-id=" + ees.eesId() + "&eas-id=app");
        for (int i = 0; i < 1500; i++) {
            query.append("&p").append(i).append("=1");
        }

        Response response = ees.authorized().urlEncodingEnabled(false).get(DISCOVERY + query);

        assertFalse(response.statusCode() >= 500, "status " + response.statusCode());
        assertNoTrace(response.asString());
    }

    private static Response postJson(EesClient ees, String body) {
        return ees.authorized().contentType(ContentType.JSON).body(body).post(COLLECTION);
    }

    /** A valid registration of {@code ees} for {@code easId} with one unknown attribute holding {@code json}. */
    private static String withExtra(EesClient ees, String easId, String json) {
        return withField(ees, easId, "extra", json);
    }

    /** A registration of {@code ees} for {@code easId} whose profile has {@code name} set to {@code json}. */
    private static String withField(EesClient ees, String easId, String name, String json) {
        return "{\"eesProf\": {\"eesId\": \"" + ees.eesId() + "\", \"endPt\": {\"uri\": \"https://" + ees.eesId()
                + "\"}, \"easIds\": [\"" + easId + "\"], \"eecRegConf\": false, \"" + name + "\": " + json + "}}";
    }

    private static void assertBareRefusal(Response response, int status) {
        assertEquals(status, response.statusCode(), response::asString);
        assertNoTrace(response.asString());
    }

    static void assertNoTrace(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"), body);
    }
}
