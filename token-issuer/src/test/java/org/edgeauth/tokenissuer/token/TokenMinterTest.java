package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.tokenissuer.TestKeys;
import org.edgeauth.tokenissuer.keys.SigningKey;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.junit.jupiter.api.Test;

/** The claim set of common.md, exactly, without Quarkus. */
class TokenMinterTest {

    private static final String ISSUER = UUID.randomUUID().toString();

    private final KeyPair keys = TestKeys.newP256();
    private final TokenMinter minter = new TokenMinter(ISSUER, Duration.ofSeconds(120),
            () -> new SigningKey("kid-1", (ECPrivateKey) keys.getPrivate()));
    private final CertificateIdentity client = new CertificateIdentity(UUID.randomUUID(), Optional.of("ees-1.edge.test"),
            List.of("ees-1.edge.test"), "x5t-thumbprint");

    @Test
    void mintsTheProfileClaimsBoundToTheCertificate() throws Exception {
        MintedToken token = minter.mint(new Grant(client, List.of("eecs-eesregistration", "eecs-targeteesdiscovery"),
                "ECS", Optional.empty()));

        JwtContext context = verify(token.jws(), "ECS");
        JwtClaims claims = context.getJwtClaims();
        assertEquals(Set.of("iss", "sub", "aud", "scope", "exp", "iat", "jti", "cnf"), claims.getClaimNames());
        assertEquals(ISSUER, claims.getIssuer());
        assertEquals(client.instanceId().toString(), claims.getSubject());
        assertEquals("ECS", claims.getClaimValue("aud"));
        assertEquals("eecs-eesregistration eecs-targeteesdiscovery", claims.getStringClaimValue("scope"));
        assertEquals(120, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertEquals(token.jti(), claims.getJwtId());
        assertEquals(Map.of("x5t#S256", "x5t-thumbprint"), claims.getClaimValue("cnf"));
        JsonWebSignature jws = (JsonWebSignature) context.getJoseObjects().get(0);
        assertEquals("kid-1", jws.getKeyIdHeaderValue());
        assertEquals("ES256", jws.getAlgorithmHeaderValue());
        assertEquals("JWT", jws.getHeader("typ"));
        assertEquals("kid-1", token.kid());
        assertEquals(Duration.ofSeconds(120), token.lifetime());
    }

    @Test
    void aTargetInstanceBecomesASingleElementAudienceArray() throws Exception {
        UUID ecs = UUID.randomUUID();

        MintedToken token = minter.mint(new Grant(client, List.of("eecs-eesregistration"), "ECS", Optional.of(ecs)));

        assertEquals(List.of(ecs.toString()), verify(token.jws(), ecs.toString()).getJwtClaims().getClaimValue("aud"));
    }

    @Test
    void everyTokenGetsAFreshJti() {
        Grant grant = new Grant(client, List.of("eecs-eesregistration"), "ECS", Optional.empty());

        assertNotEquals(minter.mint(grant).jti(), minter.mint(grant).jti());
    }

    private JwtContext verify(String jws, String audience) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.getPublic())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256")
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(audience)
                .build()
                .process(jws);
    }
}
