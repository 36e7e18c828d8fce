package org.edgeauth.tokenissuer.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.edgeauth.contract.security.TokenClaims;
import org.edgeauth.tokenissuer.config.IssuerConfig;
import org.edgeauth.tokenissuer.keys.SigningKey;
import org.edgeauth.tokenissuer.keys.SigningKeys;
import org.eclipse.microprofile.jwt.Claims;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Builds and signs the access token (TS 29.510 AccessTokenClaims plus the EdgeAuth profile: {@code iat},
 * {@code jti} and the RFC 8705 certificate binding {@code cnf.x5t#S256}), ES256 with the active key.
 */
@Singleton
public class TokenMinter {

    private final String issuer;
    private final Duration lifetime;
    private final Supplier<SigningKey> signingKey;

    @Inject
    TokenMinter(IssuerConfig config, SigningKeys keys) {
        this(config.instanceId().toString(), config.tokenLifetime(), () -> keys.current().active());
    }

    TokenMinter(String issuer, Duration lifetime, Supplier<SigningKey> signingKey) {
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.signingKey = signingKey;
    }

    public MintedToken mint(Grant grant) {
        Instant now = Instant.now();
        String jti = UUID.randomUUID().toString();
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .subject(grant.client().instanceId().toString())
                // aud: the target NF type as a string, or an array naming the one target instance (TS 29.510)
                .claim(Claims.aud, grant.targetNfInstanceId().<Object>map(id -> List.of(id.toString()))
                        .orElse(grant.targetNfType()))
                .claim(TokenClaims.SCOPE, String.join(" ", grant.scopes()))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(Claims.jti, jti)
                .claim(TokenClaims.CONFIRMATION, Map.of(TokenClaims.X5T_S256, grant.client().thumbprint()));
        SigningKey key = signingKey.get();
        String jws = claims.jws().keyId(key.kid()).algorithm(SignatureAlgorithm.ES256).sign(key.privateKey());
        return new MintedToken(jws, jti, key.kid(), lifetime);
    }
}
