package org.edgeauth.tokenissuer.token;

import java.security.cert.X509Certificate;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code POST /oauth2/token} (TS 29.510 Nnrf_AccessToken_Get, RFC 6749 4.4). Thin: HTTP in, {@link TokenIssuer},
 * HTTP out; every answer, token or error, carries {@code Cache-Control: no-store} and {@code Pragma: no-cache}
 * (RFC 6749 5.1).
 * <p>
 * Runs on the event loop: the request path is in-memory work plus one ES256 signature (about half a millisecond),
 * short enough not to hold up the loop, and a hop to a worker thread would add latency without adding throughput
 * to CPU-bound work.
 */
@Path("/oauth2/token")
public class TokenResource {

    @Inject
    TokenIssuer issuer;

    @Inject
    TokenLatency latency;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Object>> token(String body, HttpServerRequest request) {
        return Uni.createFrom().item(() -> {
            long start = System.nanoTime();
            try {
                RestResponse<Object> issued = noStore(RestResponse.Status.OK, issuer.issue(peer(request), body)).build();
                latency.issued(start);
                return issued;
            } catch (TokenRefusal refusal) {
                latency.refused(start);
                return refused(refusal);
            }
        });
    }

    /** Any other content type: a 415 in OAuth error form rather than the framework's bare one. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @NonBlocking
    public RestResponse<Object> otherBody(HttpServerRequest request) {
        return refused(issuer.refuseBody(peer(request)));
    }

    private static RestResponse<Object> refused(TokenRefusal refusal) {
        RestResponse.ResponseBuilder<Object> response = noStore(
                RestResponse.Status.fromStatusCode(refusal.status()), AccessTokenErr.of(refusal));
        refusal.retryAfterSeconds().ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        return response.build();
    }

    private static RestResponse.ResponseBuilder<Object> noStore(RestResponse.Status status, Object body) {
        return RestResponse.ResponseBuilder.create(status, body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache");
    }

    private static Optional<X509Certificate> peer(HttpServerRequest request) {
        return ClientAuthentication.peerCertificate(request.sslSession());
    }
}
