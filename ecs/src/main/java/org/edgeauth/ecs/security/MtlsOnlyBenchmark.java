package org.edgeauth.ecs.security;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * Benchmark-only switch that skips the token checks (3 and 4) so that bench/ can measure what they cost against
 * mutual TLS and policy alone. Two locks keep it out of production:
 * <ul>
 * <li>the bean exists only in a jar built with {@code -Dquarkus.profile=bench} (a separate output directory, see
 * bench/README.md); in every other build {@link AccessFilter} finds no such bean and the key
 * {@code edgeauth.bench.mtls-only} is read by nothing;
 * <li>even in that jar the ECS refuses to start unless the active runtime profile is {@code bench} (that jar's
 * default; any other profile, {@code prod} included, stops it).
 * </ul>
 * And in that jar the checks are skipped only when {@code edgeauth.bench.mtls-only=true}; it logs a warning then.
 */
@IfBuildProfile(MtlsOnlyBenchmark.PROFILE)
@Singleton
@Startup
public class MtlsOnlyBenchmark {

    static final String PROFILE = "bench";
    private static final Logger LOG = Logger.getLogger(MtlsOnlyBenchmark.class);

    private final boolean skipTokens;

    MtlsOnlyBenchmark(@ConfigProperty(name = "edgeauth.bench.mtls-only", defaultValue = "false") boolean skipTokens) {
        if (!ConfigUtils.getProfiles().contains(PROFILE)) {
            throw new IllegalStateException("this ECS was built for benchmarks only (quarkus.profile=bench) and runs"
                    + " only with the bench profile active; use the regular build in any other place");
        }
        this.skipTokens = skipTokens;
        if (skipTokens) {
            LOG.warn("BENCHMARK BUILD: access tokens are NOT checked (edgeauth.bench.mtls-only=true)");
        }
    }

    boolean skipsTokens() {
        return skipTokens;
    }
}
