package org.edgeauth.tokenissuer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;

import org.edgeauth.pki.TlsProfileProbe;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The transport profile of spec-notes.md section 1 (TS 33.210 6.2), as a client sees it. */
@QuarkusTest
@WithTestResource(IssuerTestPki.class)
class TlsProfileTest {

    @Test
    void offersHttp2() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .sslContext(TestClients.sslContext(IssuerTestPki.DIR, IssuerTestPki.EES))
                .version(HttpClient.Version.HTTP_2)
                .build()
                .send(jwksRequest(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(HttpClient.Version.HTTP_2, response.version());
    }

    /**
     * TS 33.210 6.2 probed handshake by handshake: legacy versions, non-ECDHE and non-AEAD suites, key-exchange groups,
     * compression.
     */
    @Test
    void keepsToTheTlsProfile() {
        TlsProfileProbe probe = new TlsProfileProbe("localhost", TestClients.httpsPort());

        assertEquals(List.of(), probe.violations(TestClients.sslContext(IssuerTestPki.DIR, IssuerTestPki.EES)));
    }

    @Test
    void acceptsTls12WithEcdheAndAead() throws Exception {
        HttpResponse<String> response = tls12Client("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")
                .send(jwksRequest(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
    }

    @Test
    void refusesTls12WithoutAead() {
        HttpClient client = tls12Client("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256");

        assertThrows(SSLHandshakeException.class, () -> send(client));
    }

    private static void send(HttpClient client) throws IOException, InterruptedException {
        client.send(jwksRequest(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient tls12Client(String cipherSuite) {
        SSLParameters parameters = new SSLParameters(new String[] { cipherSuite }, new String[] { "TLSv1.2" });
        return HttpClient.newBuilder()
                .sslContext(TestClients.sslContext(IssuerTestPki.DIR, null))
                .sslParameters(parameters)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    private static HttpRequest jwksRequest() {
        return HttpRequest.newBuilder(URI.create(TestClients.baseUri() + "/.well-known/jwks.json")).GET().build();
    }
}
