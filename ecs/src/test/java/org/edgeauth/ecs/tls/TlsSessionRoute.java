package org.edgeauth.ecs.tls;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.ext.web.Router;

/**
 * Test-only route, present only in the OpenSSL test boot: answers with the class of the server side's TLS session,
 * which tells which engine really ran the handshake (netty's OpenSSL sessions versus the JDK's).
 */
@Singleton
@IfBuildProperty(name = "edgeauth.tls.engine", stringValue = "openssl")
class TlsSessionRoute {

    static final String PATH = "/test/tls-session-class";

    void register(@Observes Router router) {
        router.get(PATH).order(-1000).handler(rc -> rc.end(rc.request().sslSession().getClass().getName()));
    }
}
