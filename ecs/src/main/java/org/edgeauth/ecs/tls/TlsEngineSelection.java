package org.edgeauth.ecs.tls;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.netty.handler.ssl.OpenSsl;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.OpenSSLEngineOptions;

/**
 * Puts the HTTPS server on the TLS engine named by {@code edgeauth.tls.engine}. Only the engine changes: protocols,
 * cipher suites, client-auth and the key and trust material still come from the TLS registry (quarkus.tls.server.*),
 * and certificate reloads still reach the server, whichever engine runs (OpenSslTransportSecurityTest,
 * OpenSslEngineTest).
 * <p>
 * Asking for {@code openssl} where it cannot run stops the start-up instead of silently falling back to the JDK:
 * an operator who chose it sized the deployment for its throughput. That is the case on platforms other than
 * linux-x86_64 (only that native library is shipped) and always in a native image, where Quarkus substitutes
 * netty's OpenSsl as unavailable.
 */
@Singleton
public class TlsEngineSelection implements HttpServerOptionsCustomizer {

    private static final Logger LOG = Logger.getLogger(TlsEngineSelection.class);

    private final TlsEngine engine;

    @Inject
    TlsEngineSelection(TlsEngineConfig config) {
        this(config.engine());
    }

    TlsEngineSelection(TlsEngine engine) {
        this.engine = engine;
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        if (engine == TlsEngine.OPENSSL) {
            requireAvailable(OpenSsl.isAvailable(), OpenSsl.unavailabilityCause());
            options.setSslEngineOptions(new OpenSSLEngineOptions());
            LOG.infof("HTTPS TLS engine: OpenSSL (%s)", OpenSsl.versionString());
        }
    }

    static void requireAvailable(boolean available, Throwable cause) {
        if (!available) {
            throw new IllegalStateException("edgeauth.tls.engine=openssl, but the OpenSSL engine (netty-tcnative"
                    + " BoringSSL, linux-x86_64 JVM only, not in native images) cannot be loaded here: " + cause
                    + ". Use edgeauth.tls.engine=jdk.", cause);
        }
    }
}
