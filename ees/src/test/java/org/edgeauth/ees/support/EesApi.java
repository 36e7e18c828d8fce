package org.edgeauth.ees.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.http.conn.ssl.SSLSocketFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.pki.DevPki;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;

/** Clients of the EES under test: its HTTPS API (with a client certificate) and its management port. */
public final class EesApi {

    private EesApi() {
    }

    /** The API as the test EEC: its certificate, trusting the test CA, host name verified. */
    public static RequestSpecification asEec() {
        return with(sslContext(EesTestEnvironment.DIR.resolve(EesTestEnvironment.EEC + ".p12"),
                EesTestEnvironment.CA));
    }

    public static RequestSpecification with(SSLContext tls) {
        return given().baseUri(baseUri()).config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig()
                .sslSocketFactory(new SSLSocketFactory(tls, SSLSocketFactory.STRICT_HOSTNAME_VERIFIER))));
    }

    public static RequestSpecification management() {
        return given().baseUri("http://127.0.0.1:"
                + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class));
    }

    public static String baseUri() {
        // localhost: the EES's test certificate names it; the server listens on 127.0.0.1
        return "https://localhost:" + httpsPort();
    }

    public static int httpsPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
    }

    /** Presents the key in {@code p12} (null: no client certificate) and trusts {@code ca}. */
    public static SSLContext sslContext(Path p12, Path ca) {
        try {
            KeyManagerFactory keys = null;
            if (p12 != null) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(p12)) {
                    store.load(in, DevPki.P12_PASSWORD_TEXT.toCharArray());
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, DevPki.P12_PASSWORD_TEXT.toCharArray());
            }
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", DevPki.readCertificate(ca));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
