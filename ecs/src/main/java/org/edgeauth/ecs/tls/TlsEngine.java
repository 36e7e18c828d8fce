package org.edgeauth.ecs.tls;

/** Which implementation runs TLS on the ECS's HTTPS port; the TLS profile (versions, suites, trust) is the same. */
public enum TlsEngine {
    /** The JDK's JSSE: works everywhere, native images included; the default. */
    JDK,
    /**
     * netty-tcnative's BoringSSL through Vert.x's OpenSSL engine: many times the handshakes per second of JSSE
     * (bench/README.md, "mTLS handshakes"). JVM on linux-x86_64 only.
     */
    OPENSSL
}
