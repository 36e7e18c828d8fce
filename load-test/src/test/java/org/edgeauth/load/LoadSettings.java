package org.edgeauth.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run is told, as {@code -Dload.*} system properties (run-load.sh sets them from its options). Defaults
 * aim at the local stack on loopback and are small enough to finish in seconds.
 */
public record LoadSettings(int users, double rate, Duration duration, String issuerUrl, String ecsUrl, Path pkiDir,
        long p99Millis) {

    public static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                Integer.getInteger("load.users", 10),
                Double.parseDouble(System.getProperty("load.rate", "5")),
                Duration.ofSeconds(Long.getLong("load.duration", 30L)),
                stripSlash(System.getProperty("load.issuerUrl", "https://localhost:8643")),
                stripSlash(System.getProperty("load.ecsUrl", "https://localhost:8443")),
                Path.of(System.getProperty("load.pkiDir", "../dev-pki")).toAbsolutePath().normalize(),
                Long.getLong("load.p99Millis", 1000L));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "users=" + users + " rate=" + rate + "/s duration=" + duration.toSeconds() + "s issuer=" + issuerUrl
                + " ecs=" + ecsUrl + " pki=" + pkiDir + " p99<" + p99Millis + "ms";
    }
}
