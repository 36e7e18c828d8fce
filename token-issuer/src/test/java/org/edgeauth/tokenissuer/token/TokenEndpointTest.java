package org.edgeauth.tokenissuer.token;

import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.IssuerTestPki.EXPIRED;
import static org.edgeauth.tokenissuer.IssuerTestPki.FOREIGN_DIR;
import static org.edgeauth.tokenissuer.IssuerTestPki.INTRUDER;
import static org.edgeauth.tokenissuer.IssuerTestPki.ISSUER_ID;
import static org.edgeauth.tokenissuer.IssuerTestPki.LIMITED;
import static org.edgeauth.tokenissuer.IssuerTestPki.NESTED;
import static org.edgeauth.tokenissuer.IssuerTestPki.NO_URI;
import static org.edgeauth.tokenissuer.IssuerTestPki.REVOKED;
import static org.edgeauth.tokenissuer.IssuerTestPki.SERVER_ONLY;
import static org.edgeauth.tokenissuer.IssuerTestPki.STRANGER;
import static org.edgeauth.tokenissuer.TestClients.anonymous;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.net.ssl.SSLException;

import org.edgeauth.tokenissuer.IssuerMetrics;
import org.edgeauth.tokenissuer.IssuerTestPki;
import org.edgeauth.tokenissuer.TestClients;
import org.edgeauth.tokenissuer.TestKeys;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** {@code POST /oauth2/token} over real mTLS: the token, and every reason for not issuing one. */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class TokenEndpointTest {

    private static final String REGISTRATION = "eecs-eesregistration";
    private static final String DISCOVERY = "eecs-targeteesdiscovery";

    @Test
    void issuesACertificateBoundTokenWithEveryClaim() throws Exception {
        Map<String, List<String>> form = form(EES);
        form.put("scope", List.of(REGISTRATION + " " + DISCOVERY));
        form.put("nfType", List.of("EES"));
        form.put("targetNfType", List.of("ECS"));
        form.put("requesterFqdn", List.of("EES-A.issuer.test"));
        form.put("requesterPlmn", List.of("{\"mcc\":\"001\",\"mnc\":\"01\"}"));
        form.put("targetPlmn", List.of("{\"mcc\":\"001\",\"mnc\":\"01\"}"));
        form.put("client_id", List.of("tolerated-unknown-field"));
        long before = Instant.now().getEpochSecond();

        ExtractableResponse<Response> response = post(as(EES), form).then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(300))
                .body("scope", equalTo(REGISTRATION + " " + DISCOVERY))
                .extract();
        assertEquals(Set.of("access_token", "token_type", "expires_in", "scope"), response.jsonPath().getMap("").keySet());

        JwtContext token = verifyWithServedJwks(response.path("access_token"), "ECS");
        JwtClaims claims = token.getJwtClaims();
        assertEquals(Set.of("iss", "sub", "aud", "scope", "exp", "iat", "jti", "cnf"), claims.getClaimNames());
        assertEquals(ISSUER_ID.toString(), claims.getIssuer());
        assertEquals(identity(EES).instanceId().toString(), claims.getSubject());
        assertEquals("ECS", claims.getClaimValue("aud"), "aud is the target NF type as a plain string");
        assertEquals(REGISTRATION + " " + DISCOVERY, claims.getStringClaimValue("scope"));
        long iat = claims.getIssuedAt().getValue();
        assertTrue(iat >= before && iat <= Instant.now().getEpochSecond(), "iat is now");
        assertEquals(300, claims.getExpirationTime().getValue() - iat);
        UUID.fromString(claims.getJwtId());
        assertEquals(Map.of("x5t#S256", sha256Base64Url(TestClients.certificate(EES).getEncoded())),
                claims.getClaimValue("cnf"));

        JsonWebSignature jws = (JsonWebSignature) token.getJoseObjects().get(0);
        assertEquals("ES256", jws.getAlgorithmHeaderValue());
        assertEquals("JWT", jws.getHeader("typ"));
        assertEquals(TestKeys.thumbprint(TestKeys.readPublic(IssuerTestPki.DIR.resolve("active.pub"))), jws.getKeyIdHeaderValue());
    }

    @Test
    void namingATargetInstanceMakesTheAudienceAnArrayOfIt() throws Exception {
        UUID ecs = UUID.randomUUID();
        Map<String, List<String>> form = form(EES);
        form.put("targetNfInstanceId", List.of(ecs.toString()));

        String token = post(as(EES), form).then().statusCode(200).extract().path("access_token");

        JwtClaims claims = verifyWithServedJwks(token, ecs.toString()).getJwtClaims();
        assertEquals(List.of(ecs.toString()), claims.getClaimValue("aud"));
    }

    @Test
    void anExactPolicyEntryGrantsWhatItAllowsDespiteABroaderWildcard() {
        post(as(LIMITED), form(LIMITED)).then().statusCode(200).body("scope", equalTo(REGISTRATION));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("no client certificate", null, f -> { }, 401, "invalid_client"),
                refusal("client certificate listed in the CRL", REVOKED, f -> { }, 401, "invalid_client"),
                refusal("nfInstanceId of another client", EES,
                        f -> f.put("nfInstanceId", List.of(identity(LIMITED).instanceId().toString())), 400, "invalid_client"),
                refusal("nfType other than the client's", EES, f -> f.put("nfType", List.of("AMF")), 400, "invalid_client"),
                refusal("requesterFqdn other than the certificate's EES ID", EES,
                        f -> f.put("requesterFqdn", List.of("ees-b.issuer.test")), 400, "invalid_client"),
                refusal("client in no policy entry", STRANGER, f -> { }, 400, "invalid_client"),
                refusal("two labels under a one-label wildcard", NESTED, f -> { }, 400, "invalid_client"),
                refusal("certificate without SAN URI", NO_URI, f -> { }, 400, "invalid_client"),
                refusal("certificate without EES ID", SERVER_ONLY, f -> { }, 400, "invalid_client"),
                refusal("target NF type the policy does not allow", EES,
                        f -> f.put("targetNfType", List.of("NRF")), 400, "unauthorized_client"),
                refusal("scope the policy does not allow", LIMITED,
                        f -> f.put("scope", List.of(REGISTRATION + " " + DISCOVERY)), 400, "invalid_scope"),
                refusal("malformed scope", EES, f -> f.put("scope", List.of("eecs-eesregistration  bad!scope")), 400,
                        "invalid_scope"),
                refusal("grant type other than client_credentials", EES,
                        f -> f.put("grant_type", List.of("authorization_code")), 400, "unsupported_grant_type"),
                refusal("missing grant_type", EES, f -> f.remove("grant_type"), 400, "invalid_request"),
                refusal("missing nfInstanceId", EES, f -> f.remove("nfInstanceId"), 400, "invalid_request"),
                refusal("missing scope", EES, f -> f.remove("scope"), 400, "invalid_request"),
                refusal("empty scope", EES, f -> f.put("scope", List.of("")), 400, "invalid_request"),
                refusal("malformed nfInstanceId", EES, f -> f.put("nfInstanceId", List.of("ees-a")), 400,
                        "invalid_request"),
                refusal("malformed targetNfInstanceId", EES, f -> f.put("targetNfInstanceId", List.of("1-2-3-4-5")), 400,
                        "invalid_request"),
                refusal("requesterPlmn not JSON", EES, f -> f.put("requesterPlmn", List.of("001-01")), 400,
                        "invalid_request"),
                refusal("targetPlmn not a JSON object", EES, f -> f.put("targetPlmn", List.of("[]")), 400,
                        "invalid_request"),
                refusal("repeated parameter", EES, f -> f.put("scope", List.of(REGISTRATION, DISCOVERY)), 400,
                        "invalid_request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithOAuthErrorAndIssuesNothing(String reason, String identity, Consumer<Map<String, List<String>>> change,
            int status, String error) {
        Map<String, List<String>> form = form(identity == null ? EES : identity);
        change.accept(form);
        double issued = IssuerMetrics.issued();
        double refused = IssuerMetrics.refused(error);

        post(identity == null ? anonymous() : as(identity), form).then()
                .statusCode(status)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("error", equalTo(error))
                .body("error_description", not(emptyOrNullString()))
                .body("size()", equalTo(2));

        assertEquals(issued, IssuerMetrics.issued(), "no token issued");
        assertEquals(refused + 1, IssuerMetrics.refused(error), "refusal counted under its error");
    }

    @Test
    void aStandardClientWithholdsACertificateFromAnUnknownCaAndGetsNoToken() {
        // The server's CertificateRequest names the CAs it trusts; the JDK key manager then offers no certificate
        // from another CA, so the request arrives unauthenticated.
        post(as(FOREIGN_DIR, INTRUDER), form(EES)).then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
    }

    @Test
    void aCertificateFromAnUnknownCaFailsTheHandshake() {
        HttpClient client = TestClients.presentingAlways(FOREIGN_DIR, INTRUDER);

        IOException failure = assertThrows(IOException.class, () -> client.send(formRequest(form(EES)),
                HttpResponse.BodyHandlers.ofString()));
        assertInstanceOf(SSLException.class, failure, failure.toString());
    }

    @Test
    void anExpiredCertificateFailsTheHandshake() {
        HttpClient client = TestClients.presentingAlways(IssuerTestPki.DIR, EXPIRED);

        IOException failure = assertThrows(IOException.class, () -> client.send(formRequest(form(EES)),
                HttpResponse.BodyHandlers.ofString()));
        assertInstanceOf(SSLException.class, failure, failure.toString());
    }

    @Test
    void aMalformedFormBodyIsInvalidRequestNotAServerError() {
        as(EES).contentType(ContentType.URLENC)
                .body("grant_type=client_credentials&nfInstanceId=%zz&scope=" + REGISTRATION)
                .post("/oauth2/token").then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void aBodyThatIsNotAFormIs415InOAuthErrorForm() {
        double issued = IssuerMetrics.issued();

        as(EES).contentType(ContentType.JSON)
                .body("{\"grant_type\":\"client_credentials\",\"nfInstanceId\":\"" + identity(EES).instanceId()
                        + "\",\"scope\":\"" + REGISTRATION + "\"}")
                .post("/oauth2/token").then()
                .statusCode(415)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("error", equalTo("invalid_request"))
                .body("error_description", not(emptyOrNullString()));
        as(EES).contentType(ContentType.TEXT).body("grant_type=client_credentials").post("/oauth2/token").then()
                .statusCode(415)
                .body("error", equalTo("invalid_request"));
        assertEquals(issued, IssuerMetrics.issued());
    }

    /** A valid request of {@code identity} for the registration scope. */
    private static Map<String, List<String>> form(String identity) {
        // a certificate without SAN URI has no instance id to claim: any will do
        UUID instanceId = NO_URI.equals(identity) ? UUID.randomUUID() : identity(identity).instanceId();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("grant_type", List.of("client_credentials"));
        form.put("nfInstanceId", List.of(instanceId.toString()));
        form.put("scope", List.of(REGISTRATION));
        return form;
    }

    private static Response post(RequestSpecification client, Map<String, List<String>> form) {
        RequestSpecification request = client.contentType(ContentType.URLENC);
        form.forEach((name, values) -> request.formParam(name, values.toArray()));
        return request.post("/oauth2/token");
    }

    private static HttpRequest formRequest(Map<String, List<String>> form) {
        List<String> pairs = new ArrayList<>();
        form.forEach((name, values) -> values.forEach(v -> pairs.add(name + "=" + v)));
        return HttpRequest.newBuilder(URI.create(TestClients.baseUri() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build();
    }

    /** Verifies the token as a resource server would: with the JWKS the issuer serves, fetched over HTTPS. */
    static JwtContext verifyWithServedJwks(String token, String audience) throws Exception {
        String jwks = anonymous().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256")
                .setExpectedIssuer(ISSUER_ID.toString())
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setRequireSubject()
                .build()
                .process(token);
    }

    private static String sha256Base64Url(byte[] der) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(der));
    }

    private static Arguments refusal(String reason, String identity, Consumer<Map<String, List<String>>> change,
            int status, String error) {
        return Arguments.of(reason, identity, change, status, error);
    }
}
