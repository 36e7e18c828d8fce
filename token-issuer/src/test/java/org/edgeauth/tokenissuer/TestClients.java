package org.edgeauth.tokenissuer;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.pki.DevPki;
import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;

/** HTTPS clients of the issuer under test: with a test identity's certificate, or none. */
public final class TestClients {

    private TestClients() {
    }

    public static String baseUri() {
        // localhost: the issuer's test certificate names it; the server listens on 127.0.0.1
        return "https://localhost:" + httpsPort();
    }

    public static int httpsPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
    }

    public static String managementUri() {
        return "http://127.0.0.1:" + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }

    /** Presents the certificate of {@code identity} (a name in {@link IssuerTestPki}). */
    public static RequestSpecification as(String identity) {
        return as(IssuerTestPki.DIR, identity);
    }

    /** Presents the certificate of an identity from another folder (the unknown CA's). */
    public static RequestSpecification as(Path dir, String identity) {
        return request(SSLConfig.sslConfig().trustStore(trustedCa())
                .keyStore(dir.resolve(identity + ".p12").toFile(), DevPki.P12_PASSWORD_TEXT)
                .keystoreType("PKCS12"));
    }

    /** Server-authenticated TLS only. */
    public static RequestSpecification anonymous() {
        return request(SSLConfig.sslConfig().trustStore(trustedCa()));
    }

    public static X509Certificate certificate(String identity) {
        try {
            return DevPki.readCertificate(IssuerTestPki.DIR.resolve(identity + ".crt"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static CertificateIdentity identity(String identity) {
        return CertificateIdentity.of(certificate(identity));
    }

    /**
     * A JDK HTTP client that presents {@code identity}'s certificate even when the server's CertificateRequest
     * lists other CAs (standard key managers then send none), so that the server's own check is what decides.
     */
    public static HttpClient presentingAlways(Path dir, String identity) {
        return HttpClient.newBuilder().sslContext(sslContext(dir, identity)).build();
    }

    /** TLS context trusting the test CA, presenting {@code identity} (from {@code dir}) always, or nothing if null. */
    public static SSLContext sslContext(Path dir, String identity) {
        try {
            X509ExtendedKeyManager[] keyManagers = null;
            if (identity != null) {
                KeyStore p12 = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(dir.resolve(identity + ".p12"))) {
                    p12.load(in, DevPki.P12_PASSWORD_TEXT.toCharArray());
                }
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(p12, DevPki.P12_PASSWORD_TEXT.toCharArray());
                keyManagers = new X509ExtendedKeyManager[] {
                        new AlwaysPresent((X509ExtendedKeyManager) keys.getKeyManagers()[0], identity) };
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustedCa());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSpecification request(SSLConfig ssl) {
        return given().config(RestAssuredConfig.config().sslConfig(ssl)).baseUri(baseUri());
    }

    private static KeyStore trustedCa() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", DevPki.readCertificate(IssuerTestPki.DIR.resolve("ca.crt")));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Chooses the one client alias whatever issuers the server asks for. */
    private static final class AlwaysPresent extends X509ExtendedKeyManager {

        private final X509ExtendedKeyManager keys;
        private final String alias;

        AlwaysPresent(X509ExtendedKeyManager keys, String alias) {
            this.keys = keys;
            this.alias = alias;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public X509Certificate[] getCertificateChain(String name) {
            return keys.getCertificateChain(name);
        }

        @Override
        public PrivateKey getPrivateKey(String name) {
            return keys.getPrivateKey(name);
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] { alias };
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
