package org.edgeauth.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe tells a server that keeps to the profile from one that does not (plain JDK TLS servers). */
class TlsProfileProbeTest {

    private static final String[] PROFILE_SUITES = { "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" };

    private static SSLContext server;
    private static SSLContext client;

    @BeforeAll
    static void pki() throws Exception {
        // The JDK reads this once, at the first server handshake: a profile-keeping JDK server needs it (the
        // services set it as they start, contract's RenegotiationRefusal).
        System.setProperty("jdk.tls.rejectClientInitiatedRenegotiation", "true");
        DevPki pki = DevPki.createFresh(Path.of("target", "probe-pki"), "Probe CA");
        server = sslContext(pki.issue(IdentitySpec.server("server", UUID.randomUUID(), false)).p12(), pki);
        client = sslContext(pki.issue(IdentitySpec.ees("client", "client.edge.test", UUID.randomUUID())).p12(), pki);
    }

    @Test
    void aServerKeepingToTheProfileShowsNoViolation() throws Exception {
        try (SSLServerSocket socket = serve(PROFILE_SUITES)) {
            assertEquals(List.of(), new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client));
        }
    }

    @Test
    void aServerAcceptingCbcSuitesIsCaught() throws Exception {
        String[] withCbc = { "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256" };
        try (SSLServerSocket socket = serve(withCbc)) {
            List<String> violations = new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client);

            assertTrue(violations.contains("TLS 1.2 with ECDHE_ECDSA_AES_128_CBC_SHA256 accepted"), violations::toString);
        }
    }

    @Test
    void aServerWithoutAnAdmittedTls12SuiteIsCaught() throws Exception {
        try (SSLServerSocket socket = serve(new String[] { "TLS_AES_128_GCM_SHA256" })) {
            List<String> violations = new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client);

            assertTrue(violations.contains("TLS 1.2 with ECDHE_ECDSA_AES_128_GCM_SHA256 refused"), violations::toString);
        }
    }

    /** A TLS 1.3/1.2 server with mutual TLS that answers every request with one status line. */
    private static SSLServerSocket serve(String[] suites) throws IOException {
        SSLServerSocket socket = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0);
        socket.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
        socket.setEnabledCipherSuites(suites);
        socket.setNeedClientAuth(true);
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try (SSLSocket connection = (SSLSocket) socket.accept()) {
                    connection.setSoTimeout(5_000);
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                        // read the request head
                    }
                    connection.getOutputStream().write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // a refused handshake: next connection
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    private static SSLContext sslContext(Path p12, DevPki pki) throws Exception {
        char[] password = DevPki.P12_PASSWORD_TEXT.toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(p12.toFile())) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", pki.caCertificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }
}
