package org.edgeauth.ees.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the EES can be told, under {@code edgeauth.ees}. */
@ConfigMapping(prefix = "edgeauth.ees")
public interface EesConfig {

    /**
     * The ECS's apiRoot. application.properties hands it to the REST clients ({@code quarkus.rest-client.*.url});
     * declared here so that it is checked at start and documented with the rest.
     */
    URI ecsUrl();

    /** The token issuer's token endpoint; application.properties hands it to the OIDC client. */
    URI tokenUrl();

    /**
     * This EES's instance id: the token request's {@code nfInstanceId}. Defaults to the SAN URI of the EES's own
     * certificate ({@code edgeauth.tls.cert}, see {@code identity.CertificateIdentitySource}); a configured value
     * must equal it.
     */
    UUID instanceId();

    ProfileConfig profile();

    Registration registration();

    Ecs ecs();

    /** How the EES treats the ECS's answers. */
    interface Ecs {

        /**
         * The longest wait honoured from the ECS's {@code Retry-After} (429, 503): the registration keeper waits at
         * most this long before its next attempt, and discovery callers are told at most this. A broken or hostile
         * header cannot park the EES for longer.
         */
        @WithDefault("PT5M")
        Duration maxRetryAfter();

        /**
         * At most one "deferred by the ECS" line per interval for each operation of this EES's API (its path) while
         * the ECS keeps asking to wait; the next line says how many were left out ({@code mdc.suppressed}). Every
         * caller of a throttled EES would otherwise add a line. One second, as for the rate-limit refusals of the
         * ECS and the token issuer; {@code 0} logs every deferral.
         */
        @WithDefault("PT1S")
        Duration deferralLogInterval();
    }

    /** How the registration is kept alive (TS 23.558 8.4.4: the EES updates before the granted expiry). */
    interface Registration {

        /**
         * When to update: this fraction of the time between a grant and the granted {@code expTime}. The default
         * leaves a third of the lifetime for retries.
         */
        @WithDefault("0.6667")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "1", inclusive = false)
        double refreshFraction();

        /** First wait after a failed attempt; each further failure doubles it, up to {@link #retryMaxDelay()}. */
        @WithDefault("PT1S")
        Duration retryInitialDelay();

        @WithDefault("PT1M")
        Duration retryMaxDelay();

        /** How long shutdown waits for the deregistration (DELETE) before giving up. */
        @WithDefault("PT5S")
        Duration deregisterTimeout();
    }

    /**
     * The EESProfile this EES registers (TS 29.558), key by key. Lists are comma separated; topological areas are
     * written {@code MCC-MNC-TAC} (TAI), {@code MCC-MNC-NRCELLID} (NCGI), {@code MCC-MNC-EUTRACELLID} (ECGI) and
     * {@code MCC-MNC} (PLMN).
     */
    interface ProfileConfig {

        /** EES ID. Defaults to the EES ID (first SAN dNSName) of the EES's own certificate; must equal it. */
        String eesId();

        EndPointConfig endPoint();

        Optional<List<String>> easIds();

        /** The ECSP this EES belongs to. */
        Optional<String> provId();

        /** DNAIs where the EES is reached ({@code appLocs}). */
        Optional<List<String>> appLocs();

        /** ACR scenarios supported ({@code svcContSupp}). */
        Optional<List<String>> svcContSupp();

        /** Whether EECs must register with this EES before using it. */
        @WithDefault("false")
        boolean eecRegConf();

        /** {@code ednInfoSets}, one entry per data network: {@code edn-info-sets.<name>.dnn|dnais}. */
        Map<String, EdnInfoConfig> ednInfoSets();

        ServiceAreaConfig svcArea();

        /** The lifetime asked for at each registration and update ({@code expTime} = now + this). */
        @WithDefault("PT1H")
        Duration proposedLifetime();

        /**
         * How often the configuration files are read again for profile changes, which then reach the ECS as an
         * update (PATCH) without a restart; {@code 0} turns this off.
         */
        @WithDefault("PT30S")
        Duration reloadPeriod();
    }

    /** TS 29.558 EndPoint: set exactly one of the four. */
    interface EndPointConfig {

        Optional<String> uri();

        Optional<String> fqdn();

        Optional<List<String>> ipv4Addrs();

        Optional<List<String>> ipv6Addrs();
    }

    interface EdnInfoConfig {

        String dnn();

        Optional<List<String>> dnais();
    }

    interface ServiceAreaConfig {

        Optional<List<String>> tais();

        Optional<List<String>> ncgis();

        Optional<List<String>> ecgis();

        Optional<List<String>> plmnIds();

        /** Geographic areas by name: {@code geo-areas.<name>.lon|lat[|uncertainty]} or {@code .corners}. */
        Map<String, GeoAreaConfig> geoAreas();
    }

    /**
     * A point ({@code lon}, {@code lat}), a circle (a point and an {@code uncertainty} radius in metres), or a
     * polygon ({@code corners}: 3 to 15 {@code "lon lat"} pairs, comma separated). WGS 84 degrees.
     */
    interface GeoAreaConfig {

        Optional<Double> lon();

        Optional<Double> lat();

        Optional<Float> uncertainty();

        Optional<List<String>> corners();
    }
}
