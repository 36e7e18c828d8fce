package org.edgeauth.contract.security;

import java.util.Map;
import java.util.Properties;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.StartupEvent;

/**
 * The parts of the TLS profile (TS 33.210 6.2, spec-notes.md section 1) that the JDK takes only from system
 * properties, read once per process and then applied to every connection:
 * <ul>
 * <li>{@value #REJECT_RENEGOTIATION}: TLS 1.3 has no renegotiation, but a JDK TLS 1.2 server performs one whenever a
 * client asks. Read at the first server handshake.</li>
 * <li>{@value #NAMED_GROUPS}: key exchange on x25519, secp256r1 and secp384r1 only. By default the JDK also takes
 * secp521r1, x448 and the finite-field groups ffdhe2048..8192 (not ECDHE). x25519 stays: RFC 8446 9.1 asks for it
 * beside the mandatory secp256r1, TLS 1.3 clients offer it first, and the profile names groups to support, not an
 * exhaustive list (docs/tls-audit.md). JDK 17 reads the property at the first handshake of the process, JDK 25 when
 * the first SSLEngine or SSLSocket is created; netty reads it for the ECS's OpenSSL engine when its OpenSsl class
 * loads.</li>
 * </ul>
 * Every service takes this module and sets both as it starts: StartupEvent observers run before the HTTPS port opens
 * and before the services' own TLS clients connect. The launcher and the container image also pass them on the
 * command line, which covers TLS code that might run earlier; a value given there is left alone.
 */
@Singleton
public class JsseProfileSettings {

    static final String REJECT_RENEGOTIATION = "jdk.tls.rejectClientInitiatedRenegotiation";
    static final String NAMED_GROUPS = "jdk.tls.namedGroups";

    static final Map<String, String> PROFILE = Map.of(
            REJECT_RENEGOTIATION, "true",
            NAMED_GROUPS, "x25519,secp256r1,secp384r1");

    void onStart(@Observes @Priority(0) StartupEvent event) {
        apply(System.getProperties());
    }

    /** Sets every profile property that is not set yet. */
    static void apply(Properties properties) {
        PROFILE.forEach(properties::putIfAbsent);
    }
}
