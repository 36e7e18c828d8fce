package org.edgeauth.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a run is told, as {@code -Dload.*} system properties (run-load.sh sets them from its options). Defaults
 * aim at the local stack on loopback and are small enough to finish in seconds.
 * <p>
 * {@code rate} "max" (infinite) asks for a closed loop: each user sends its next request as soon as the last is
 * answered. {@code oauthTokenUrl}, when given, sends the token requests as a plain OAuth 2.0 client-credentials
 * request to another authorization server (bench/keycloak-peer.sh points it at Keycloak).
 */
public record LoadSettings(int users, double rate, Duration duration, String issuerUrl, String ecsUrl, Path pkiDir,
        long p99Millis, Optional<String> oauthTokenUrl) {

    public static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Integer.getInteger("load.users", 10),
                rate(System.getProperty("load.rate", "5")),
                Duration.ofSeconds(Long.getLong("load.duration", 30L)),
                stripSlash(System.getProperty("load.issuerUrl", "https://localhost:8643")),
                stripSlash(System.getProperty("load.ecsUrl", "https://localhost:8443")),
                Path.of(System.getProperty("load.pkiDir", "../dev-pki")).toAbsolutePath().normalize(),
                Long.getLong("load.p99Millis", 1000L),
                Optional.ofNullable(System.getProperty("load.oauthTokenUrl")).filter(url -> !url.isBlank()));
    }

    public boolean closedLoop() {
        return Double.isInfinite(rate);
    }

    private static double rate(String value) {
        return "max".equals(value) ? Double.POSITIVE_INFINITY : Double.parseDouble(value);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "users=" + users + " rate=" + (closedLoop() ? "max (closed loop)" : rate + "/s") + " duration="
                + duration.toSeconds() + "s issuer=" + oauthTokenUrl.orElse(issuerUrl) + " ecs=" + ecsUrl + " pki="
                + pkiDir + " p99<" + p99Millis + "ms";
    }
}
