package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;

/** The verifier with its cache on and off, around a real smallrye-jwt parser that counts its verifications. */
class TokenVerifierCacheTest {

    private static final String ISSUER = "issuer-under-test";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SKEW = Duration.ofSeconds(30);

    private static Vertx vertx;
    private static KeyPair keys;

    private final CountingParser parser = new CountingParser();
    private final VerifiedTokenCacheTest.MovableClock clock = new VerifiedTokenCacheTest.MovableClock(Instant.now());

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void disabledVerifiesEveryRequest() throws Exception {
        TokenVerifier verifier = new TokenVerifier(parser, vertx, null, clock, SKEW);
        String token = token();

        for (int i = 0; i < 3; i++) {
            assertEquals("subject-1", verifier.verify(token).await().atMost(WAIT).subject());
        }
        assertEquals(3, parser.verifications.get());
    }

    @Test
    void enabledVerifiesOnceUntilTheTokenExpires() throws Exception {
        TokenVerifier verifier = new TokenVerifier(parser, vertx, new VerifiedTokenCache(100, clock), clock, SKEW);
        String token = token();

        for (int i = 0; i < 3; i++) {
            assertEquals("subject-1", verifier.verify(token).await().atMost(WAIT).subject());
        }
        assertEquals(1, parser.verifications.get());

        clock.advance(Duration.ofSeconds(301));
        verifier.verify(token).await().atMost(WAIT);
        assertEquals(2, parser.verifications.get());
    }

    @Test
    void failuresAreNotCached() throws Exception {
        TokenVerifier verifier = new TokenVerifier(parser, vertx, new VerifiedTokenCache(100, clock), clock, SKEW);
        String forged = token().replaceFirst("\\.[^.]+$", ".AAAA");

        for (int i = 0; i < 2; i++) {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                    () -> verifier.verify(forged).await().atMost(WAIT));
            assertEquals(Denial.TOKEN_INVALID, denied.denial());
        }
        assertEquals(2, parser.verifications.get());
    }

    private static String token() throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("subject-1");
        claims.setAudience("ECS");
        claims.setClaim("scope", "eecs-eesregistration");
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(300).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        return jws.getCompactSerialization();
    }

    private static final class CountingParser extends DefaultJWTParser {

        final AtomicInteger verifications = new AtomicInteger();

        CountingParser() {
            super(context());
        }

        private static JWTAuthContextInfo context() {
            JWTAuthContextInfo context = new JWTAuthContextInfo(keys.getPublic(), ISSUER);
            context.setSignatureAlgorithm(Set.of(SignatureAlgorithm.ES256));
            return context;
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.incrementAndGet();
            return super.parse(token);
        }
    }
}
