package org.edgeauth.tokenissuer.keys;

import static org.edgeauth.tokenissuer.IssuerTestPki.ACTIVE_KEY;
import static org.edgeauth.tokenissuer.IssuerTestPki.DIR;
import static org.edgeauth.tokenissuer.IssuerTestPki.EES;
import static org.edgeauth.tokenissuer.IssuerTestPki.ISSUER_URL;
import static org.edgeauth.tokenissuer.IssuerTestPki.PUBLISHED_KEY;
import static org.edgeauth.tokenissuer.TestClients.anonymous;
import static org.edgeauth.tokenissuer.TestClients.as;
import static org.edgeauth.tokenissuer.TestClients.identity;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edgeauth.tokenissuer.IssuerTestPki;
import org.edgeauth.tokenissuer.TestKeys;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** JWKS, RFC 8414 metadata and key rotation, reached without a client certificate. */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class KeysEndpointTest {

    private static final Set<String> PUBLIC_EC_MEMBERS = Set.of("kty", "crv", "x", "y", "kid", "use", "alg");

    @Test
    void jwksPublishesTheActiveAndThePublishedKeysWithoutPrivateParts() {
        JsonPath jwks = anonymous().get("/.well-known/jwks.json").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "public, max-age=60")
                .extract().jsonPath();

        assertEquals(List.of(kid("active.pub"), kid("published.pub")), jwks.getList("keys.kid"));
        for (Map<String, Object> key : jwks.<Map<String, Object>>getList("keys")) {
            assertTrue(PUBLIC_EC_MEMBERS.containsAll(key.keySet()), "public members only: " + key.keySet());
            assertEquals(Map.of("kty", "EC", "crv", "P-256", "use", "sig", "alg", "ES256"),
                    Map.of("kty", key.get("kty"), "crv", key.get("crv"), "use", key.get("use"), "alg", key.get("alg")));
        }
    }

    @Test
    void metadataDescribesAClientCredentialsServerWithCertificateBoundTokens() {
        anonymous().get("/.well-known/oauth-authorization-server").then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("issuer", equalTo(ISSUER_URL))
                .body("token_endpoint", equalTo(ISSUER_URL + "/oauth2/token"))
                .body("jwks_uri", equalTo(ISSUER_URL + "/.well-known/jwks.json"))
                .body("grant_types_supported", contains("client_credentials"))
                .body("token_endpoint_auth_methods_supported", contains("tls_client_auth"))
                .body("tls_client_certificate_bound_access_tokens", equalTo(true))
                .body("scopes_supported", contains("eecs-eesregistration", "eecs-targeteesdiscovery"))
                .body("response_types_supported", empty());
    }

    @Test
    void rotatedKeyFilesTakeEffectWithoutRestart() throws Exception {
        String activeKid = kid("active.pub");
        String publishedKid = kid("published.pub");
        byte[] activeFile = Files.readAllBytes(ACTIVE_KEY);
        byte[] publishedFile = Files.readAllBytes(PUBLISHED_KEY);
        KeyPair next = TestKeys.newP256();
        String nextKid = TestKeys.thumbprint((ECPublicKey) next.getPublic());
        try {
            // 1. publish the next key ahead of its use (a public key file is enough)
            TestKeys.writePem(PUBLISHED_KEY, next.getPublic());
            awaitJwks(List.of(activeKid, nextKid));
            assertEquals(activeKid, tokenKid());

            // 2. switch: the next key signs, the previous one stays published for tokens still in flight
            Files.write(PUBLISHED_KEY, activeFile);
            TestKeys.writePem(ACTIVE_KEY, next.getPrivate());
            awaitJwks(List.of(nextKid, activeKid));
            assertEquals(nextKid, tokenKid());
        } finally {
            Files.write(ACTIVE_KEY, activeFile);
            Files.write(PUBLISHED_KEY, publishedFile);
            awaitJwks(List.of(activeKid, publishedKid));
        }
    }

    /** Issues a token, checks it verifies against the served JWKS, returns its kid. */
    private static String tokenKid() throws Exception {
        String token = as(EES).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("nfInstanceId", identity(EES).instanceId().toString())
                .formParam("scope", "eecs-eesregistration")
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");
        String jwks = anonymous().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        List<JsonWebKey> keys = new JsonWebKeySet(jwks).getJsonWebKeys();
        List<JsonWebStructure> parts = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys))
                .setSkipDefaultAudienceValidation()
                .build().process(token).getJoseObjects();
        return parts.get(0).getKeyIdHeaderValue();
    }

    private static void awaitJwks(List<String> kids) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<String> served;
        do {
            served = anonymous().get("/.well-known/jwks.json").then().statusCode(200).extract().jsonPath()
                    .getList("keys.kid");
            if (served.equals(kids)) {
                return;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        assertEquals(kids, served, "JWKS after the key files changed");
    }

    static String kid(String publicKeyFile) {
        return TestKeys.thumbprint(TestKeys.readPublic(DIR.resolve(publicKeyFile)));
    }
}
