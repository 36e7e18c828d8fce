package org.edgeauth.ees.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.edgeauth.contract.eecs.EesRegistrationApi;
import org.edgeauth.contract.eecs.TargetEesDiscoveryApi;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.pki.IssuedIdentity;

import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/**
 * The ECS as the EES meets it, over mTLS: Eecs_EESRegistration with an in-memory store that grants the proposed
 * expTime, and Eecs_TargetEESDiscovery answering what a test scripted (404 NO_MATCHING_EES otherwise). It records
 * every request, can forget its registrations (a restart without shared state), refuse tokens, answer a registration
 * request with a scripted failure (429, 503 with Retry-After), and go away.
 */
public final class FakeEcs {

    private static final String REGISTRATION = EesRegistrationApi.REGISTRATIONS + "/";
    private static final String DISCOVERY = TargetEesDiscoveryApi.BASE_PATH + TargetEesDiscoveryApi.EES_PROFILES;

    /** A scripted answer; {@code retryAfter} is sent as the Retry-After field when not null. */
    public record Answer(int status, String body, String retryAfter) {
    }

    private final MtlsServer server;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Map<String, JsonObject> registrations = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Answer> discoveryAnswers = new ConcurrentLinkedDeque<>();
    /** Scripted answers to registration requests, by method (POST, PATCH). */
    private final Map<String, ConcurrentLinkedDeque<Answer>> registrationAnswers = new ConcurrentHashMap<>();
    private final List<Recorded> answeredFromScript = new CopyOnWriteArrayList<>();
    private final AtomicInteger discoveriesToRefuse = new AtomicInteger();

    FakeEcs(Vertx vertx, IssuedIdentity identity, Path ca) {
        this.server = new MtlsServer(vertx, identity, ca, this::handle);
    }

    public void start() {
        server.start();
    }

    /** Stops listening: the EES now finds nobody at the ECS address. */
    public void stop() {
        server.stop();
    }

    String url() {
        return "https://localhost:" + server.port();
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    public List<Recorded> requests(String method, String pathPrefix) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix)).toList();
    }

    public List<Recorded> registrationRequests(String method) {
        return requests(method, EesRegistrationApi.REGISTRATIONS);
    }

    public List<Recorded> discoveryRequests() {
        return requests("GET", DISCOVERY);
    }

    /** The registration requests that got a scripted answer ({@link #answerNextRegistration}), in order. */
    public List<Recorded> answeredFromScript() {
        return List.copyOf(answeredFromScript);
    }

    public Map<String, JsonObject> registrations() {
        return Map.copyOf(registrations);
    }

    /** Loses every registration, as an ECS without shared state does when it restarts. */
    public void forgetRegistrations() {
        registrations.clear();
    }

    public void answerNextDiscovery(int status, String body) {
        answerNextDiscovery(status, body, null);
    }

    public void answerNextDiscovery(int status, String body, String retryAfter) {
        discoveryAnswers.add(new Answer(status, body, retryAfter));
    }

    /** The next registration request with this method (POST, PATCH) gets this answer; nothing is stored. */
    public void answerNextRegistration(String method, int status, String body, String retryAfter) {
        registrationAnswers.computeIfAbsent(method, ignored -> new ConcurrentLinkedDeque<>())
                .add(new Answer(status, body, retryAfter));
    }

    /** The next {@code count} discovery requests get 401 TOKEN_INVALID, whatever token they carry. */
    public void refuseNextDiscoveries(int count) {
        discoveriesToRefuse.set(count);
    }

    /**
     * Forgets the scripted answers, and makes the EES under test forget the failures they caused: its circuit
     * breakers close again, so the failures one test provokes cannot open them for the next (each test class shares
     * one EES).
     */
    public void reset() {
        discoveryAnswers.clear();
        registrationAnswers.clear();
        discoveriesToRefuse.set(0);
        Arc.container().instance(CircuitBreakerMaintenance.class).get().resetAll();
    }

    private void handle(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            Recorded recorded = Requests.record(request, body);
            requests.add(recorded);
            HttpServerResponse response = request.response();
            String path = recorded.path();
            ConcurrentLinkedDeque<Answer> script = path.startsWith(EesRegistrationApi.REGISTRATIONS)
                    ? registrationAnswers.get(recorded.method())
                    : null;
            Answer scripted = script != null ? script.poll() : null;
            if (scripted != null) {
                answeredFromScript.add(recorded);
                answer(response, scripted);
            } else if (path.equals(EesRegistrationApi.REGISTRATIONS) && recorded.method().equals("POST")) {
                create(recorded, response);
            } else if (path.startsWith(REGISTRATION)) {
                registration(path.substring(REGISTRATION.length()), recorded, response);
            } else if (path.equals(DISCOVERY) && recorded.method().equals("GET")) {
                discover(response);
            } else {
                problem(response, 404, ProblemCause.RESOURCE_NOT_FOUND, "no such resource");
            }
        });
    }

    private void create(Recorded request, HttpServerResponse response) {
        String id = UUID.randomUUID().toString();
        JsonObject registration = new JsonObject(request.body());
        registrations.put(id, registration);
        response.setStatusCode(201)
                .putHeader("Location", url() + EesRegistrationApi.REGISTRATIONS + "/" + id)
                .putHeader("Content-Type", "application/json")
                .end(registration.encode());
    }

    private void registration(String id, Recorded request, HttpServerResponse response) {
        JsonObject stored = registrations.get(id);
        if (stored == null) {
            problem(response, 404, ProblemCause.REGISTRATION_NOT_FOUND, "no live registration " + id);
            return;
        }
        switch (request.method()) {
            case "PATCH" -> {
                JsonObject patched = merge(stored.copy(), new JsonObject(request.body()));
                registrations.put(id, patched);
                response.putHeader("Content-Type", "application/json").end(patched.encode());
            }
            case "DELETE" -> {
                registrations.remove(id);
                response.setStatusCode(204).end();
            }
            case "GET" -> response.putHeader("Content-Type", "application/json").end(stored.encode());
            default -> problem(response, 405, ProblemCause.METHOD_NOT_ALLOWED, "method not allowed");
        }
    }

    private void discover(HttpServerResponse response) {
        if (discoveriesToRefuse.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            response.putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problem(response, 401, ProblemCause.TOKEN_INVALID, "token signature not valid");
            return;
        }
        Answer answer = discoveryAnswers.poll();
        if (answer == null) {
            problem(response, 404, ProblemCause.NO_MATCHING_EES, "no EES serves this application");
            return;
        }
        answer(response, answer);
    }

    private static void answer(HttpServerResponse response, Answer answer) {
        if (answer.retryAfter() != null) {
            response.putHeader("Retry-After", answer.retryAfter());
        }
        response.setStatusCode(answer.status())
                .putHeader("Content-Type", answer.status() < 400 ? "application/json" : ProblemDetails.MEDIA_TYPE)
                .end(answer.body());
    }

    private static void problem(HttpServerResponse response, int status, String cause, String detail) {
        JsonObject problem = new JsonObject().put("status", status).put("cause", cause).put("detail", detail);
        response.setStatusCode(status).putHeader("Content-Type", ProblemDetails.MEDIA_TYPE).end(problem.encode());
    }

    /** RFC 7396. */
    private static JsonObject merge(JsonObject target, JsonObject patch) {
        patch.forEach(member -> {
            Object value = member.getValue();
            if (value == null) {
                target.remove(member.getKey());
            } else if (value instanceof JsonObject object && target.getValue(member.getKey()) instanceof JsonObject
                    existing) {
                target.put(member.getKey(), merge(existing, object));
            } else {
                target.put(member.getKey(), value);
            }
        });
        return target;
    }
}
