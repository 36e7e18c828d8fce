package org.edgeauth.ecs.tls;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.OpenSSLEngineOptions;

class TlsEngineSelectionTest {

    @Test
    void jdkLeavesTheServerOptionsAlone() {
        HttpServerOptions options = new HttpServerOptions();

        new TlsEngineSelection(TlsEngine.JDK).customizeHttpsServer(options);

        assertNull(options.getSslEngineOptions());
    }

    @Test
    void opensslSetsTheOpenSslEngine() {
        HttpServerOptions options = new HttpServerOptions();

        new TlsEngineSelection(TlsEngine.OPENSSL).customizeHttpsServer(options);

        assertInstanceOf(OpenSSLEngineOptions.class, options.getSslEngineOptions());
    }

    @Test
    void unavailableOpenSslStopsTheStartWithTheReason() {
        Throwable cause = new UnsatisfiedLinkError("no libnetty_tcnative_linux_aarch_64");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> TlsEngineSelection.requireAvailable(false, cause));

        assertSame(cause, refused.getCause());
        assertTrue(refused.getMessage().startsWith("edgeauth.tls.engine=openssl"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Use edgeauth.tls.engine=jdk"), refused.getMessage());
    }
}
