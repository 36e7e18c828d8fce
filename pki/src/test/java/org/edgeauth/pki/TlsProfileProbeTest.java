package org.edgeauth.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AlgorithmConstraints;
import java.security.AlgorithmParameters;
import java.security.CryptoPrimitive;
import java.security.Key;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.edgeauth.pki.TlsProfileProbe.Group;
import org.edgeauth.pki.TlsProfileProbe.ServerHello;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The probe tells a server that keeps to the profile from one that does not (plain JDK TLS servers). */
class TlsProfileProbeTest {

    private static final String[] PROFILE_SUITES = { "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256" };

    private static final Set<String> PROFILE_GROUPS = Set.of("x25519", "secp256r1", "secp384r1");

    private static SSLContext server;
    private static SSLContext client;

    @BeforeAll
    static void pki() throws Exception {
        // The JDK reads this once, at the first server handshake: a profile-keeping JDK server needs it (the
        // services set it as they start, contract's JsseProfileSettings).
        System.setProperty("jdk.tls.rejectClientInitiatedRenegotiation", "true");
        DevPki pki = DevPki.createFresh(Path.of("target", "probe-pki"), "Probe CA");
        server = sslContext(pki.issue(IdentitySpec.server("server", UUID.randomUUID(), false)).p12(), pki);
        client = sslContext(pki.issue(IdentitySpec.ees("client", "client.edge.test", UUID.randomUUID())).p12(), pki);
    }

    @Test
    void aServerKeepingToTheProfileShowsNoViolation() throws Exception {
        try (SSLServerSocket socket = serve(PROFILE_SUITES, PROFILE_GROUPS)) {
            assertEquals(List.of(), new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client));
        }
    }

    /** The JDK's default groups, as a service would have them without jdk.tls.namedGroups. */
    @Test
    void aServerAcceptingOtherGroupsIsCaught() throws Exception {
        try (SSLServerSocket socket = serve(PROFILE_SUITES, null)) {
            List<String> violations = new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client);

            assertEquals(List.of("TLS 1.3 key exchange on SECP521R1 accepted", "TLS 1.3 key exchange on X448 accepted",
                    "TLS 1.3 key exchange on FFDHE2048 accepted", "TLS 1.3 key exchange on FFDHE3072 accepted",
                    "TLS 1.3 key exchange on FFDHE4096 accepted", "TLS 1.3 key exchange on FFDHE6144 accepted",
                    "TLS 1.3 key exchange on FFDHE8192 accepted"), violations);
        }
    }

    @Test
    void aServerRefusingAnAdmittedGroupIsCaught() throws Exception {
        try (SSLServerSocket socket = serve(PROFILE_SUITES, Set.of("secp256r1", "secp384r1"))) {
            List<String> violations = new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client);

            assertEquals(List.of("TLS 1.3 key exchange on X25519 refused"), violations);
        }
    }

    /** The probe reads the group a HelloRetryRequest names: the one probed, and only when the server takes it. */
    @Test
    void tls13ProbeReportsTheGroupTheServerChose() throws Exception {
        try (SSLServerSocket socket = serve(PROFILE_SUITES, PROFILE_GROUPS)) {
            TlsProfileProbe probe = new TlsProfileProbe("localhost", socket.getLocalPort());

            Optional<ServerHello> retry = probe.tls13KeyExchange(Group.SECP384R1);
            assertEquals(Optional.of(Group.SECP384R1.code()), retry.map(ServerHello::keyShareGroup));
            assertEquals(Optional.empty(), probe.tls13KeyExchange(Group.FFDHE2048));
        }
    }

    @Test
    void aServerAcceptingCbcSuitesIsCaught() throws Exception {
        String[] withCbc = { "TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256" };
        try (SSLServerSocket socket = serve(withCbc, PROFILE_GROUPS)) {
            List<String> violations = new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client);

            assertTrue(violations.contains("TLS 1.2 with ECDHE_ECDSA_AES_128_CBC_SHA256 accepted"), violations::toString);
        }
    }

    @Test
    void aServerWithoutAnAdmittedTls12SuiteIsCaught() throws Exception {
        try (SSLServerSocket socket = serve(new String[] { "TLS_AES_128_GCM_SHA256" }, PROFILE_GROUPS)) {
            List<String> violations = new TlsProfileProbe("localhost", socket.getLocalPort()).violations(client);

            assertTrue(violations.contains("TLS 1.2 with ECDHE_ECDSA_AES_128_GCM_SHA256 refused"), violations::toString);
        }
    }

    /** This JVM sets no jdk.tls.namedGroups: its JDK clients offer JSSE's defaults (JDK 17 to 25). */
    @Test
    void readsTheGroupsAJdkClientOffers() throws Exception {
        assertEquals(List.of("X25519", "SECP256R1", "SECP384R1", "SECP521R1", "X448", "FFDHE2048", "FFDHE3072",
                "FFDHE4096", "FFDHE6144", "FFDHE8192"), TlsProfileProbe.groupsOffered(client));
    }

    /**
     * A TLS 1.3/1.2 server with mutual TLS that answers every request with one status line.
     *
     * @param groups the only key-exchange groups it takes, or null for the JDK's defaults
     */
    private static SSLServerSocket serve(String[] suites, Set<String> groups) throws IOException {
        SSLServerSocket socket = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
        parameters.setCipherSuites(suites);
        parameters.setNeedClientAuth(true);
        if (groups != null) {
            parameters.setAlgorithmConstraints(new GroupsOnly(groups));
        }
        socket.setSSLParameters(parameters);
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

    /**
     * Key agreement only on the named groups, for one server socket: the services restrict the whole JVM with
     * jdk.tls.namedGroups, read once per process, and SSLParameters.setNamedGroups needs JDK 20. The JDK asks
     * the constraints about every group by name (sun.security.ssl.NamedGroup.isPermitted).
     */
    private record GroupsOnly(Set<String> groups) implements AlgorithmConstraints {

        private static final Set<String> EVERY_GROUP = Arrays.stream(Group.values())
                .map(group -> group.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, String algorithm, AlgorithmParameters parameters) {
            return !primitives.contains(CryptoPrimitive.KEY_AGREEMENT) || !EVERY_GROUP.contains(algorithm)
                    || groups.contains(algorithm);
        }

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, Key key) {
            return true;
        }

        @Override
        public boolean permits(Set<CryptoPrimitive> primitives, String algorithm, Key key,
                AlgorithmParameters parameters) {
            return true;
        }
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
