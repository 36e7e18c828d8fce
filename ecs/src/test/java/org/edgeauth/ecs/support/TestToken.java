package org.edgeauth.ecs.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.edgeauth.contract.security.Scopes;
import org.edgeauth.contract.security.TokenClaims;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * An access token in the token issuer's exact format (common.md): ES256, kid = RFC 7638 thumbprint, iss, sub,
 * aud, scope, exp, iat, jti, cnf.x5t#S256. Starts valid for its EES; each {@code with...} breaks one thing.
 */
public final class TestToken {

    private String issuer = TestPki.ISSUER_ID;
    private String subject;
    private String audience = TokenClaims.ECS_AUDIENCE;
    private String scope = Scopes.EES_REGISTRATION + " " + Scopes.TARGET_EES_DISCOVERY;
    private String confirmation;
    private Instant issuedAt = Instant.now();
    private Instant expiresAt = issuedAt.plus(Duration.ofMinutes(5));
    private Instant notBefore;
    private String signingKey = TestPki.SIGNING_KEY;
    private boolean tampered;

    TestToken(String subject, String confirmation) {
        this.subject = subject;
        this.confirmation = confirmation;
    }

    public TestToken issuer(String value) {
        issuer = value;
        return this;
    }

    public TestToken subject(String value) {
        subject = value;
        return this;
    }

    public TestToken audience(String value) {
        audience = value;
        return this;
    }

    public TestToken scope(String value) {
        scope = value;
        return this;
    }

    /** null: no cnf claim at all. */
    public TestToken confirmation(String value) {
        confirmation = value;
        return this;
    }

    public TestToken expiredSince(Duration ago) {
        expiresAt = Instant.now().minus(ago);
        issuedAt = expiresAt.minus(Duration.ofMinutes(5));
        return this;
    }

    /** As minted by an issuer whose clock is {@code offset} ahead of the ECS's (negative: behind). */
    public TestToken issuerClockAhead(Duration offset) {
        issuedAt = Instant.now().plus(offset);
        expiresAt = issuedAt.plus(Duration.ofMinutes(5));
        return this;
    }

    /** With an {@code nbf} claim (the token issuer sets none; other issuers may). */
    public TestToken notBefore(Instant value) {
        notBefore = value;
        return this;
    }

    /** Signs with another key of the test PKI folder (see {@link SigningKeys}). */
    public TestToken signedWith(String keyName) {
        signingKey = keyName;
        return this;
    }

    /** Changes the payload after signing, keeping the signature. */
    public TestToken tampered() {
        tampered = true;
        return this;
    }

    public String sign() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(subject).audience(audience).claim(TokenClaims.SCOPE, scope)
                .issuedAt(issuedAt).expiresAt(expiresAt).claim("jti", UUID.randomUUID().toString());
        if (notBefore != null) {
            claims.claim("nbf", notBefore.getEpochSecond());
        }
        if (confirmation != null) {
            claims.claim(TokenClaims.CONFIRMATION, Map.of(TokenClaims.X5T_S256, confirmation));
        }
        String token = claims.jws().keyId(SigningKeys.kid(TestPki.DIR, signingKey)).algorithm(SignatureAlgorithm.ES256)
                .sign(SigningKeys.privateKey(TestPki.DIR, signingKey));
        return tampered ? tamper(token) : token;
    }

    /** Re-encodes the payload with one more scope: the signature no longer matches. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"scope\":\"", "\"scope\":\"admin ");
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + encoded + "." + parts[2];
    }
}
