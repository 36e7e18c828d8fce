package org.edgeauth.ecs.tls;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The {@code edgeauth.tls} namespace. The TLS registry reads the identity and trust files through
 * quarkus.tls.server.* (application.properties) and RevocationReload reads the CRL keys; they are declared here
 * because a mapping owns its whole prefix.
 */
@ConfigMapping(prefix = "edgeauth.tls")
public interface TlsEngineConfig {

    /** {@code jdk} (default) or {@code openssl}; env {@code EDGEAUTH_TLS_ENGINE}. */
    @WithDefault("jdk")
    TlsEngine engine();

    /** The server certificate chain (PEM). */
    String cert();

    /** Its private key (PEM). */
    String key();

    /** Trusted client CAs: one or more PEM files. */
    List<String> ca();

    /** CRL files of the trusted CAs, read by contract's RevocationReload (absent: no revocation checking). */
    Optional<List<String>> crl();

    /** How often RevocationReload re-reads the CRL files. */
    @WithDefault("30s")
    Duration crlReloadPeriod();
}
