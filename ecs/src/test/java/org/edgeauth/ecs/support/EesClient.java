package org.edgeauth.ecs.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import javax.net.ssl.SSLContext;

import org.apache.http.conn.ssl.SSLSocketFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.edgeauth.contract.security.CertificateIdentity;
import org.edgeauth.pki.IssuedIdentity;

import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.specification.RequestSpecification;

/** An EES as the ECS sees it: a client certificate over mutual TLS, and tokens bound to it. */
public final class EesClient {

    private final IssuedIdentity identity;
    private final SSLContext tls;

    private EesClient(IssuedIdentity identity) {
        this.identity = identity;
        this.tls = TlsContexts.of(identity, TestPki.CA);
    }

    public static EesClient of(IssuedIdentity identity) {
        return new EesClient(identity);
    }

    /** A new EES admitted to both APIs (token required). */
    public static EesClient newEes(String label) {
        return of(TestPki.ees(label));
    }

    public IssuedIdentity identity() {
        return identity;
    }

    public String eesId() {
        return identity.spec().eesId();
    }

    public UUID instanceId() {
        return identity.spec().instanceId();
    }

    public String thumbprint() {
        return CertificateIdentity.thumbprint(identity.certificate());
    }

    /** A valid token for this EES: both scopes, bound to its certificate. */
    public TestToken token() {
        return new TestToken(instanceId().toString(), thumbprint());
    }

    /** mTLS, no Authorization header. */
    public RequestSpecification request() {
        return given().baseUri(baseUri())
                .config(RestAssuredConfig.config().sslConfig(SSLConfig.sslConfig()
                        .sslSocketFactory(new SSLSocketFactory(tls, SSLSocketFactory.STRICT_HOSTNAME_VERIFIER))));
    }

    public RequestSpecification request(TestToken token) {
        return request().header("Authorization", "Bearer " + token.sign());
    }

    /** mTLS and a valid token. */
    public RequestSpecification authorized() {
        return request(token());
    }

    public static String baseUri() {
        return "https://localhost:" + httpsPort();
    }

    public static int httpsPort() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-ssl-port", Integer.class);
    }
}
