package org.edgeauth.pki;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * Probes a TLS server for the profile of TS 33.210 6.2 (spec-notes.md section 1): TLS 1.3 and TLS 1.2 only, TLS 1.2
 * only with ECDHE key exchange and AEAD suites, key exchange only on the elliptic-curve groups x25519, secp256r1 and
 * secp384r1, no compression, no renegotiation.
 * <p>
 * The refusals are probed with a ClientHello written byte by byte, not with the JDK client: the JDK disables TLS 1.0
 * and 1.1 on its own side ({@code jdk.tls.disabledAlgorithms}), so a JDK client "failing" with TLS 1.1 would prove
 * nothing about the server. What counts is whether the server answers with a ServerHello (it accepted the offer) or
 * with an alert or a closed connection (it refused), which is what sslscan looks at too.
 */
public final class TlsProfileProbe {

    public static final int TLS_1_0 = 0x0301;
    public static final int TLS_1_1 = 0x0302;
    public static final int TLS_1_2 = 0x0303;
    public static final int TLS_1_3 = 0x0304;

    private static final int NO_COMPRESSION = 0;
    private static final int DEFLATE = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** TLS 1.2 (and older) cipher suites by IANA code, the ones the profile admits and some it must not. */
    public enum Suite {
        ECDHE_ECDSA_AES_128_GCM_SHA256(0xC02B, true),
        ECDHE_ECDSA_AES_256_GCM_SHA384(0xC02C, true),
        ECDHE_ECDSA_CHACHA20_POLY1305_SHA256(0xCCA9, true),
        /** CBC, not AEAD. */
        ECDHE_ECDSA_AES_128_CBC_SHA256(0xC023, false),
        ECDHE_ECDSA_AES_128_CBC_SHA(0xC009, false),
        ECDHE_ECDSA_AES_256_CBC_SHA384(0xC024, false),
        /** AEAD, but static ECDH: no forward secrecy. */
        ECDH_ECDSA_AES_128_GCM_SHA256(0xC02D, false),
        /** AEAD, but no ECDHE: RSA and finite-field DHE key exchange. */
        RSA_AES_128_GCM_SHA256(0x009C, false),
        DHE_RSA_AES_128_GCM_SHA256(0x009E, false);

        private final int code;
        private final boolean admitted;

        Suite(int code, boolean admitted) {
            this.code = code;
            this.admitted = admitted;
        }

        public int code() {
            return code;
        }
    }

    /**
     * Key-exchange groups by IANA code (RFC 8446 4.2.7, RFC 7919): the three the profile admits and every other one
     * the JDK enables by default.
     */
    public enum Group {
        X25519(0x001D, true),
        SECP256R1(0x0017, true),
        SECP384R1(0x0018, true),
        SECP521R1(0x0019, false),
        X448(0x001E, false),
        /** Finite-field Diffie-Hellman: not ECDHE. */
        FFDHE2048(0x0100, false),
        FFDHE3072(0x0101, false),
        FFDHE4096(0x0102, false),
        FFDHE6144(0x0103, false),
        FFDHE8192(0x0104, false);

        private final int code;
        private final boolean admitted;

        Group(int code, boolean admitted) {
            this.code = code;
            this.admitted = admitted;
        }

        public int code() {
            return code;
        }
    }

    /**
     * What a server's ServerHello (or TLS 1.3 HelloRetryRequest) chose; {@code keyShareGroup} is the group of its
     * key_share extension, 0 when it sent none (TLS 1.2).
     */
    public record ServerHello(int version, int cipherSuite, int compressionMethod, int keyShareGroup) {
    }

    private final String host;
    private final int port;

    public TlsProfileProbe(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Everything the server does against the profile, as readable sentences; empty when it keeps to the profile.
     *
     * @param trustedClient an SSLContext with a client certificate the server trusts and trust for its certificate:
     *                      the admitted handshakes are completed with it (an mTLS server ends the others anyway)
     */
    public List<String> violations(SSLContext trustedClient) {
        List<Suite> everySuite = List.of(Suite.values());
        List<String> violations = new ArrayList<>();
        for (int legacy : new int[] { TLS_1_0, TLS_1_1 }) {
            hello(legacy, everySuite, new int[] { NO_COMPRESSION }).ifPresent(
                    hello -> violations.add(versionName(legacy) + " accepted: " + describe(hello)));
        }
        for (Suite suite : Suite.values()) {
            Optional<ServerHello> hello = hello(TLS_1_2, List.of(suite), new int[] { NO_COMPRESSION });
            if (suite.admitted && hello.isEmpty()) {
                violations.add("TLS 1.2 with " + suite + " refused");
            } else if (!suite.admitted && hello.isPresent()) {
                violations.add("TLS 1.2 with " + suite + " accepted");
            }
        }
        hello(TLS_1_2, everySuite, new int[] { DEFLATE, NO_COMPRESSION })
                .filter(hello -> hello.compressionMethod() != NO_COMPRESSION)
                .ifPresent(hello -> violations.add("TLS compression accepted: " + describe(hello)));
        for (Group group : Group.values()) {
            boolean accepted = tls13KeyExchange(group).isPresent();
            if (group.admitted != accepted) {
                violations.add("TLS 1.3 key exchange on " + group + (accepted ? " accepted" : " refused"));
            }
        }
        for (String protocol : new String[] { "TLSv1.3", "TLSv1.2" }) {
            String negotiated = jdkHandshake(trustedClient, protocol);
            if (!protocol.equals(negotiated)) {
                violations.add(protocol + " handshake with the trusted client certificate failed: " + negotiated);
            }
        }
        if (renegotiates(trustedClient)) {
            violations.add("TLS 1.2 client-initiated renegotiation accepted");
        }
        return violations;
    }

    /**
     * Sends one ClientHello offering exactly {@code version}, {@code suites} and {@code compressionMethods}.
     *
     * @return the server's choice, or empty when it answered with an alert or closed the connection
     */
    public Optional<ServerHello> hello(int version, List<Suite> suites, int[] compressionMethods) {
        int[] codes = suites.stream().mapToInt(Suite::code).toArray();
        Bytes extensions = new Bytes()
                // supported_groups: secp256r1, secp384r1
                .u16(0x000A).u16(6).u16(4).u16(Group.SECP256R1.code).u16(Group.SECP384R1.code)
                // ec_point_formats: uncompressed
                .u16(0x000B).u16(2).u8(1).u8(0)
                // renegotiation_info (RFC 5746), empty on an initial handshake
                .u16(0xFF01).u16(1).u8(0);
        return exchange(clientHello(version, codes, compressionMethods, extensions));
    }

    /**
     * Sends one TLS 1.3 ClientHello that offers {@code group} alone and no key share (RFC 8446 4.2.8: an empty
     * client_shares list is allowed), so a server that accepts the group must answer with a HelloRetryRequest naming
     * it, and one that does not must refuse; no key is ever computed.
     *
     * @return the HelloRetryRequest (or ServerHello) naming {@code group}, or empty when the server refused it
     */
    public Optional<ServerHello> tls13KeyExchange(Group group) {
        // TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256
        int[] tls13Suites = { 0x1301, 0x1302, 0x1303 };
        Bytes extensions = new Bytes()
                // supported_versions: TLS 1.3 only
                .u16(0x002B).u16(3).u8(2).u16(TLS_1_3)
                // supported_groups: the probed group alone
                .u16(0x000A).u16(4).u16(2).u16(group.code)
                // key_share: empty client_shares
                .u16(0x0033).u16(2).u16(0);
        return exchange(clientHello(TLS_1_2, tls13Suites, new int[] { NO_COMPRESSION }, extensions))
                .filter(hello -> hello.keyShareGroup() == group.code);
    }

    private Optional<ServerHello> exchange(byte[] clientHello) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(clientHello);
            out.flush();
            return readServerHello(socket.getInputStream());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A ClientHello record with SNI, signature_algorithms and the given further extensions. */
    private byte[] clientHello(int version, int[] suites, int[] compressionMethods, Bytes moreExtensions) {
        Bytes body = new Bytes().u16(version).raw(randomBytes(32)).u8(0);
        body.u16(suites.length * 2);
        for (int suite : suites) {
            body.u16(suite);
        }
        body.u8(compressionMethods.length);
        for (int method : compressionMethods) {
            body.u8(method);
        }
        byte[] name = host.getBytes(StandardCharsets.US_ASCII);
        Bytes extensions = new Bytes()
                // server_name (RFC 6066): clients send SNI
                .u16(0x0000).u16(name.length + 5).u16(name.length + 3).u8(0).u16(name.length).raw(name)
                // signature_algorithms: ecdsa_secp256r1_sha256, ecdsa_secp384r1_sha384, rsa_pss_rsae_sha256
                .u16(0x000D).u16(8).u16(6).u16(0x0403).u16(0x0503).u16(0x0804)
                .raw(moreExtensions.toArray());
        body.u16(extensions.size()).raw(extensions.toArray());
        byte[] hello = body.toArray();
        Bytes handshake = new Bytes().u8(1).u24(hello.length).raw(hello);
        return new Bytes().u8(22).u16(TLS_1_0).u16(handshake.size()).raw(handshake.toArray()).toArray();
    }

    /** Reads the ServerHello (or HelloRetryRequest, the same message type) that must open the server's answer. */
    private static Optional<ServerHello> readServerHello(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int contentType = in.read();
        if (contentType != 22) {
            return Optional.empty(); // alert (21) or end of stream
        }
        in.readUnsignedShort();
        int recordLength = in.readUnsignedShort();
        byte[] record = in.readNBytes(recordLength);
        if (record.length < 39 || record[0] != 2) {
            return Optional.empty();
        }
        int version = u16(record, 4);
        int sessionIdLength = record[38] & 0xFF;
        int suiteAt = 39 + sessionIdLength;
        return Optional.of(new ServerHello(version, u16(record, suiteAt), record[suiteAt + 2] & 0xFF,
                keyShareGroup(record, suiteAt + 3)));
    }

    /** The group of the key_share extension among the ServerHello extensions starting at {@code at}; 0 if none. */
    private static int keyShareGroup(byte[] record, int at) {
        if (at + 2 > record.length) {
            return 0; // a TLS 1.2 ServerHello may carry no extensions at all
        }
        int end = Math.min(record.length, at + 2 + u16(record, at));
        for (int next = at + 2; next + 4 <= end; next += 4 + u16(record, next + 2)) {
            if (u16(record, next) == 0x0033 && next + 6 <= end) {
                return u16(record, next + 4); // HelloRetryRequest: selected_group; ServerHello: the entry's group
            }
        }
        return 0;
    }

    /**
     * The key-exchange groups a JDK TLS client built on {@code client} offers (the supported_groups of its first
     * ClientHello), in its order: the group name, or the IANA code in hex for one {@link Group} does not list. JSSE
     * takes them from {@code jdk.tls.namedGroups} once per process, for every SSLContext: in a {@code @QuarkusTest}
     * this is what the service's own JDK-based TLS clients offer.
     */
    public static List<String> groupsOffered(SSLContext client) throws SSLException {
        SSLEngine engine = client.createSSLEngine();
        engine.setUseClientMode(true);
        ByteBuffer record = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), record);
        record.flip().position(5 + 4 + 2 + 32); // record and handshake headers, client_version, random
        record.position(record.position() + 1 + (record.get() & 0xFF)); // session id
        record.position(record.position() + 2 + (record.getShort() & 0xFFFF)); // cipher suites
        record.position(record.position() + 1 + (record.get() & 0xFF)); // compression methods
        int extensionsEnd = (record.getShort() & 0xFFFF) + record.position();
        List<String> groups = new ArrayList<>();
        while (record.position() < extensionsEnd) {
            int type = record.getShort() & 0xFFFF;
            int length = record.getShort() & 0xFFFF;
            if (type != 0x000A) {
                record.position(record.position() + length);
                continue;
            }
            for (int count = (record.getShort() & 0xFFFF) / 2; count > 0; count--) {
                int code = record.getShort() & 0xFFFF;
                groups.add(Arrays.stream(Group.values()).filter(group -> group.code == code).findFirst()
                        .map(Group::name).orElse(String.format("0x%04x", code)));
            }
            break;
        }
        return groups;
    }

    /** A full JDK handshake with the given protocol alone; the negotiated protocol or why it failed. */
    private String jdkHandshake(SSLContext client, String protocol) {
        try (SSLSocket socket = connect(client, protocol)) {
            socket.startHandshake();
            // With TLS 1.3 a refused client certificate shows only when reading.
            socket.getOutputStream().write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            if (socket.getInputStream().read() < 0) {
                return "connection closed without an HTTP answer";
            }
            return socket.getSession().getProtocol();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Asks for a second handshake on an established TLS 1.2 connection and reports whether one completed. */
    private boolean renegotiates(SSLContext client) {
        AtomicInteger handshakes = new AtomicInteger();
        try (SSLSocket socket = connect(client, "TLSv1.2")) {
            socket.addHandshakeCompletedListener(event -> handshakes.incrementAndGet());
            socket.startHandshake();
            socket.startHandshake();
            socket.getOutputStream().write(("HEAD / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
        } catch (IOException e) {
            // refused: the server answered the renegotiation with an alert
        }
        return handshakes.get() > 1;
    }

    private SSLSocket connect(SSLContext client, String protocol) throws IOException {
        SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(host, port);
        socket.setSoTimeout(5_000);
        socket.setEnabledProtocols(new String[] { protocol });
        return socket;
    }

    private static String describe(ServerHello hello) {
        return String.format("version 0x%04x, suite 0x%04x, compression %d", hello.version(), hello.cipherSuite(),
                hello.compressionMethod());
    }

    private static String versionName(int version) {
        return version == TLS_1_0 ? "TLS 1.0" : version == TLS_1_1 ? "TLS 1.1" : String.format("0x%04x", version);
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A growing big-endian byte buffer for the ClientHello. */
    private static final class Bytes {

        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Bytes u8(int value) {
            out.write(value);
            return this;
        }

        Bytes u16(int value) {
            return u8(value >>> 8 & 0xFF).u8(value & 0xFF);
        }

        Bytes u24(int value) {
            return u8(value >>> 16 & 0xFF).u16(value & 0xFFFF);
        }

        Bytes raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toArray() {
            return out.toByteArray();
        }
    }
}
