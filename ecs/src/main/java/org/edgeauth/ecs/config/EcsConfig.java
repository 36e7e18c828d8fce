package org.edgeauth.ecs.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.edgeauth.contract.ratelimit.RateLimitConfig;
import org.edgeauth.ecs.security.EdgeApi;
import org.edgeauth.ecs.security.TokenMode;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the ECS can be told, under {@code edgeauth.ecs}. Token signature settings are the smallrye-jwt keys. */
@ConfigMapping(prefix = "edgeauth.ecs")
public interface EcsConfig {

    /** This ECS's instance id; tokens may name it as {@code aud} instead of "ECS". */
    Optional<UUID> instanceId();

    /** Largest request body accepted; above it the answer is 413 (set in application.properties). */
    MemorySize maxBodySize();

    Registration registration();

    Token token();

    Discovery discovery();

    /** Per-client token bucket, checked right after the certificate identity is read (ecs/ratelimit). */
    RateLimitConfig rateLimit();

    /**
     * Where registrations live: {@code memory} (this instance only, the default) or {@code redis} (one store shared
     * by every replica, reached through {@code quarkus.redis.hosts}). Chosen at run time: one build serves both.
     */
    @WithDefault("memory")
    StoreKind store();

    /** The Redis store; read only when {@link #store()} is {@code redis}. */
    RedisStore redis();

    /**
     * Static authorization policy, one entry per name: {@code edgeauth.ecs.policy.<name>.identity|instance-id|apis|token}.
     * No entry, no access.
     */
    Map<String, PolicyEntryConfig> policy();

    interface Registration {

        /** Longest registration the ECS grants; also the grant when the EES proposes none. */
        @WithDefault("PT24H")
        Duration maxLifetime();
    }

    interface Token {

        /** Instance ids of the token issuers whose tokens are accepted ({@code iss}). Required: no default. */
        Set<String> trustedIssuers();

        /** Refuse tokens without an RFC 8705 {@code cnf.x5t#S256} (they are still checked when present). */
        @WithDefault("true")
        boolean requireConfirmation();

        /** Verified-token cache (security/VerifiedTokenCache): signature checks once per token, not per request. */
        Cache cache();

        interface Cache {

            /** Default from the figures in bench/README.md. */
            @WithDefault("true")
            boolean enabled();

            /** Bound on cached tokens (about 0.5 kB each); beyond it new tokens are verified on every request. */
            @WithDefault("10000")
            int maxEntries();
        }
    }

    interface Discovery {

        /**
         * DNN under which discovery lists EESs whose profile names no {@code ednInfoSets}: the DNN the operator's
         * EESs serve by default. EDNConInfo requires a DNN.
         */
        @WithDefault("internet")
        String defaultDnn();
    }

    enum StoreKind {
        MEMORY,
        REDIS
    }

    interface RedisStore {

        /** Longest wait for Redis; past it the request answers 503 STORE_UNAVAILABLE and readiness is DOWN. */
        @WithDefault("2s")
        Duration timeout();

        /** Prepended to every key, so that several deployments can share one Redis database. */
        @WithDefault("edgeauth:ecs:")
        String keyPrefix();
    }

    interface PolicyEntryConfig {

        /** EES ID (certificate SAN dNSName): exact, or {@code *.domain} for exactly one leading label. */
        Optional<String> identity();

        /** Instance id (certificate SAN URI {@code urn:uuid:}). */
        Optional<UUID> instanceId();

        /** APIs granted: {@code registration}, {@code discovery}. */
        List<EdgeApi> apis();

        /** {@code required} (default) or {@code local}: the certificate alone suffices (TS 33.558). */
        @WithDefault("required")
        TokenMode token();
    }
}
