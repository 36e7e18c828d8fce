package org.edgeauth.ees.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.edgeauth.pki.IssuedIdentity;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * The token issuer as the EES meets it: {@code POST /oauth2/token} over mTLS, answering each request with a new
 * opaque token {@code token-N} valid for 300 s (or what a test sets). Tests read what was asked for and how many
 * tokens were handed out, and can stop and start it again on the same port (an outage).
 */
public final class FakeTokenIssuer {

    public static final String PATH = "/oauth2/token";
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(300);

    private final MtlsServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile Duration lifetime = DEFAULT_LIFETIME;
    private final AtomicInteger toRefuse = new AtomicInteger();
    private volatile boolean withoutBody;

    FakeTokenIssuer(Vertx vertx, IssuedIdentity identity, Path ca) {
        this.server = new MtlsServer(vertx, identity, ca, this::handle);
    }

    public void start() {
        server.start();
    }

    /** Stops listening: token requests now meet a refused connection. */
    public void stop() {
        server.stop();
    }

    /** {@code expires_in} of the tokens issued from now on. */
    public void tokenLifetime(Duration value) {
        lifetime = value;
    }

    String url() {
        return "https://localhost:" + server.port() + PATH;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public int issued() {
        return issued.get();
    }

    /** The next {@code count} token requests are refused (400 {@code invalid_client}, as RFC 6749 5.2 answers). */
    public void refuseNext(int count) {
        toRefuse.set(count);
    }

    /** While set, token requests get a 503 without a body (a proxy in front of the issuer, say). */
    public void answerWithoutBody(boolean value) {
        withoutBody = value;
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            Recorded recorded = Requests.record(request, body);
            if (!"POST".equals(recorded.method()) || !PATH.equals(recorded.path())) {
                request.response().setStatusCode(404).end();
                return;
            }
            requests.add(recorded);
            if (withoutBody) {
                request.response().setStatusCode(503).end();
                return;
            }
            if (toRefuse.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                request.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("error", "invalid_client").encode());
                return;
            }
            JsonObject token = new JsonObject()
                    .put("access_token", "token-" + issued.incrementAndGet())
                    .put("token_type", "Bearer")
                    .put("expires_in", lifetime.toSeconds())
                    .put("scope", recorded.form().get("scope"));
            request.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                    .end(token.encode());
        });
    }
}
