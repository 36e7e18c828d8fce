package org.edgeauth.contract.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;

/**
 * No TLS renegotiation (TS 33.210 6.2, spec-notes.md section 1). TLS 1.3 has none; a JDK TLS 1.2 server performs one
 * whenever a client asks, unless {@value #PROPERTY} is set, a property the JDK reads once, at the first server
 * handshake of the process. Every service takes this module, so each sets it as it starts: StartupEvent observers
 * run before the HTTPS port is opened. A value given on the command line is left alone.
 */
@Singleton
public class RenegotiationRefusal {

    static final String PROPERTY = "jdk.tls.rejectClientInitiatedRenegotiation";

    void onStart(@Observes @Priority(0) StartupEvent event) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }
}
