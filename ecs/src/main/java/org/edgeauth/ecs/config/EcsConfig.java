package org.edgeauth.ecs.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
    }

    interface Discovery {

        /**
         * DNN under which discovery lists EESs whose profile names no {@code ednInfoSets}: the DNN the operator's
         * EESs serve by default. EDNConInfo requires a DNN.
         */
        @WithDefault("internet")
        String defaultDnn();
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
