package org.edgeauth.tokenissuer.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.edgeauth.contract.ratelimit.RateLimitConfig;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the token issuer is told: who it is, which keys sign, which clients may get which tokens. */
@ConfigMapping(prefix = "edgeauth.issuer")
public interface IssuerConfig {

    /** NRF-style instance id of this issuer: the {@code iss} claim of every token (TS 29.510 AccessTokenClaims). */
    UUID instanceId();

    /** HTTPS base URL clients use: the RFC 8414 {@code issuer} and the base of the advertised endpoints. */
    @WithDefault("https://localhost:8643")
    String url();

    /** Tokens cannot be revoked (TS 33.501 13.4.1): keep them short-lived. */
    @WithDefault("300s")
    Duration tokenLifetime();

    /** PKCS#8 PEM file of the EC P-256 key that signs new tokens (a Kubernetes Secret in production). */
    Path activeKey();

    /**
     * Further PEM files (private or public keys) whose public keys stay in the JWKS during a rotation: the previous
     * key until its tokens have expired, the next one before it becomes active.
     */
    Optional<List<Path>> publishedKeys();

    /** How often the key files are re-read, so that a rotated Secret takes effect without a restart. */
    @WithDefault("1m")
    Duration keyReloadPeriod();

    /** {@code Cache-Control: max-age} of the JWKS; short, so verifiers see a newly published key soon. */
    @WithDefault("60s")
    Duration jwksMaxAge();

    /** Client policy entries by name. Deny by default: a client no entry matches gets no token. */
    Map<String, ClientEntry> clients();

    /** Per-client token bucket on {@code /oauth2/token}, keyed by the certificate's instance id (token/TokenIssuer). */
    RateLimitConfig rateLimit();

    interface ClientEntry {

        /** eesIds this entry admits: exact names or {@code *.domain} (exactly one label in place of the star). */
        List<String> identity();

        /** The NF type such clients are; a request naming another {@code nfType} is refused. */
        @WithDefault("EES")
        String nfType();

        /** Scopes (service names) these clients may ask for. */
        List<String> scopes();

        /** NF types these clients may get tokens for; the token's {@code aud} unless a target instance is named. */
        @WithDefault("ECS")
        List<String> targetNfTypes();
    }
}
