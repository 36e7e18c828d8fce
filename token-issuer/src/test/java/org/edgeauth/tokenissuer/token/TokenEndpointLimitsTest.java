package org.edgeauth.tokenissuer.token;

import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.edgeauth.contract.eecs.JsonReadLimits;
import org.edgeauth.pki.hostile.HostileInput;
import org.edgeauth.tokenissuer.IssuerMetrics;
import org.edgeauth.tokenissuer.IssuerTestPki;
import org.edgeauth.tokenissuer.TestClients;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Hostile input at {@code POST /oauth2/token}: each limit with its answer (OAuth error JSON where the endpoint sees
 * the request, a bare status where the HTTP layer cuts it first), and for any generated form body no 5xx, a
 * well-formed answer, and no token issued unless the body was a valid request.
 */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class TokenEndpointLimitsTest {

    private static final Set<String> ERRORS = Set.of("invalid_request", "invalid_client", "invalid_grant",
            "unauthorized_client", "unsupported_grant_type", "invalid_scope");
    private static final int CASES = 40;

    // Seen by the endpoint: 400 invalid_request

    @Test
    void moreFormFieldsThanTheLimitAreInvalidRequest() {
        double issued = IssuerMetrics.issued();
        StringBuilder body = new StringBuilder(validForm());
        for (int i = 0; i < FormBody.MAX_FIELDS; i++) {
            body.append("&x").append(i).append("=1");
        }

        assertOAuthError(post(body.toString()), 400, "invalid_request")
                .body("error_description", equalTo("the form has more than 32 fields"));
        assertEquals(issued, IssuerMetrics.issued());
    }

    @Test
    void aFormFieldLongerThanTheLimitIsInvalidRequest() {
        double issued = IssuerMetrics.issued();

        assertOAuthError(post(validForm() + "&requesterFqdn=" + "a".repeat(FormBody.MAX_FIELD_LENGTH)), 400,
                "invalid_request").body("error_description", equalTo("a form field is longer than 2048 characters"));
        assertEquals(issued, IssuerMetrics.issued());
    }

    @Test
    void deeplyNestedPlmnJsonIsInvalidRequest() {
        double issued = IssuerMetrics.issued();
        // A PlmnId object (accepted as such) but for a member nested past JsonReadLimits.MAX_NESTING_DEPTH.
        String plmn = "{\"mcc\":\"001\",\"mnc\":\"01\",\"x\":" + "[".repeat(JsonReadLimits.MAX_NESTING_DEPTH)
                + "]".repeat(JsonReadLimits.MAX_NESTING_DEPTH) + "}";

        assertOAuthError(post(validForm() + "&requesterPlmn=" + URLEncoder.encode(plmn, StandardCharsets.UTF_8)), 400,
                "invalid_request").body("error_description", equalTo("requesterPlmn must be a JSON object (PlmnId)"));
        assertEquals(issued, IssuerMetrics.issued());
    }

    // Cut by the HTTP layer: bare status, nothing issued

    @Test
    void aBodyAboveTheTransportLimitIs413() throws Exception {
        double issued = IssuerMetrics.issued();
        String body = validForm() + "&padding=" + "p".repeat(65 * 1024);

        // Expect: 100-continue lets the client read the refusal instead of writing into a closed connection.
        HttpResponse<String> response = client().send(request().version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", ContentType.URLENC.toString()).expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertNoTrace(response.body());
        assertEquals(issued, IssuerMetrics.issued());
    }

    @Test
    void headersAboveTheLimitAre431() {
        double issued = IssuerMetrics.issued();

        Response response = as(EES).header("X-Padding", "x".repeat(17 * 1024)).contentType(ContentType.URLENC)
                .body(validForm()).post("/oauth2/token");

        assertEquals(431, response.statusCode());
        assertNoTrace(response.asString());
        assertEquals(issued, IssuerMetrics.issued());
    }

    @Test
    void aRequestLineAboveTheLimitIs414() {
        Response response = as(EES).contentType(ContentType.URLENC).body(validForm())
                .post("/oauth2/token?x=" + "x".repeat(4200));

        assertEquals(414, response.statusCode());
        assertNoTrace(response.asString());
    }

    @Test
    void overHttp2TheHeaderListIsLimitedToo() throws Exception {
        HttpResponse<String> response = client().send(request().header("Content-Type", ContentType.URLENC.toString())
                .header("X-Padding", "x".repeat(17 * 1024)).POST(HttpRequest.BodyPublishers.ofString(validForm()))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_2, response.version());
        assertEquals(431, response.statusCode());
    }

    // Property over generated form bodies (HostileForms, seeded: a failure names the seed and the case)

    @Test
    void anyFormBodyIsAnsweredCleanlyAndIssuesOnlyForValidRequests() {
        HostileInput input = HostileInput.seeded();
        HostileForms forms = new HostileForms(input, identity(EES).instanceId().toString());
        HttpClient client = client(); // sends the bytes as generated (rest-assured would re-encode a form body)
        double issuedBefore = IssuerMetrics.issued();
        AtomicInteger granted = new AtomicInteger();
        input.forEachCase(CASES, i -> {
            byte[] body = forms.next();
            String context = "body: " + new String(body, StandardCharsets.UTF_8);

            HttpResponse<String> response = send(client, body);

            int status = response.statusCode();
            assertTrue(status < 500, () -> status + " for " + context);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), context);
            if (status == 200) {
                granted.incrementAndGet();
            } else {
                assertEquals(400, status, context);
                JsonPath error = new JsonPath(response.body());
                assertTrue(ERRORS.contains(error.getString("error")), () -> context + "\n" + response.body());
                assertNoTrace(response.body());
            }
        });
        assertEquals(issuedBefore + granted.get(), IssuerMetrics.issued(),
                "tokens issued for refused requests (" + input.rerun() + ")");
        assertTrue(granted.get() < CASES / 2,
                "the generators should mostly make refused bodies: " + granted + " granted (" + input.rerun() + ")");
    }

    private static HttpResponse<String> send(HttpClient client, byte[] body) {
        try {
            return client.send(request().header("Content-Type", ContentType.URLENC.toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } catch (IOException e) {
            throw new AssertionError("no answer: " + e, e);
        }
    }

    private static Response post(String body) {
        return as(EES).contentType(ContentType.URLENC).body(body).post("/oauth2/token");
    }

    private static ValidatableResponse assertOAuthError(Response response, int status,
            String error) {
        return response.then().log().ifValidationFails().statusCode(status).contentType(ContentType.JSON)
                .header("Cache-Control", "no-store").body("error", equalTo(error));
    }

    private static String validForm() {
        return "grant_type=client_credentials&nfInstanceId=" + identity(EES).instanceId()
                + "&scope=eecs-eesregistration";
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().sslContext(TestClients.sslContext(IssuerTestPki.DIR, EES)).build();
    }

    private static HttpRequest.Builder request() {
        return HttpRequest.newBuilder(URI.create(TestClients.baseUri() + "/oauth2/token"));
    }

    private static void assertNoTrace(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains(".java:"), body);
    }
}
