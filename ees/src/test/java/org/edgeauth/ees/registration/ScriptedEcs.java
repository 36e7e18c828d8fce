package org.edgeauth.ees.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.ees.ecs.CreatedRegistration;
import org.edgeauth.ees.ecs.EcsFailures;
import org.edgeauth.ees.ecs.EcsRegistrations;

import io.smallrye.mutiny.Uni;

/**
 * An ECS for keeper unit tests: records each call and answers from a script; with an empty script it grants what
 * is asked (the proposed expTime, capped at {@link #maxLifetime} from its own clock, which may run
 * {@link #clockAhead} of the EES's) and names registrations reg-1, reg-2, ...
 */
final class ScriptedEcs implements EcsRegistrations {

    record Call(String operation, String registrationId, Object body) {
    }

    final List<Call> calls = new ArrayList<>();
    private final Deque<Supplier<Uni<?>>> script = new ArrayDeque<>();
    private final ManualScheduler clock;
    private int created;
    Duration maxLifetime = Duration.ofHours(24);
    /** While set, every call fails as if the ECS could not be reached (after the script is used up). */
    boolean unreachable;
    /** How far the ECS's clock is ahead of the EES's (negative: behind). */
    Duration clockAhead = Duration.ZERO;
    /** For each update, what was left of the registration at the ECS when it arrived (negative: it had lapsed). */
    final List<Duration> leftAtUpdate = new ArrayList<>();
    private final Map<String, Instant> expiries = new HashMap<>();

    ScriptedEcs(ManualScheduler clock) {
        this.clock = clock;
    }

    /** The next call, whatever it is, gets this answer instead of the default. */
    void thenAnswer(Supplier<Uni<?>> answer) {
        script.add(answer);
    }

    void thenFail(RuntimeException failure) {
        thenAnswer(() -> Uni.createFrom().failure(failure));
    }

    /** The next call never completes. */
    void thenHang() {
        thenAnswer(() -> Uni.createFrom().nothing());
    }

    List<Call> calls(String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).toList();
    }

    Call last() {
        return calls.get(calls.size() - 1);
    }

    @Override
    public Uni<CreatedRegistration> register(EESRegistration registration) {
        calls.add(new Call("register", null, registration));
        return answer(() -> {
            String id = "reg-" + ++created;
            return new CreatedRegistration(id, registration.withExpTime(grant(id, registration.expTime())));
        });
    }

    @Override
    public Uni<EESRegistration> modify(String registrationId, EESRegistrationPatch patch) {
        calls.add(new Call("modify", registrationId, patch));
        Instant proposed = Instant.parse(patch.document().get("expTime").asText());
        Instant expiry = expiries.get(registrationId);
        if (expiry != null) {
            leftAtUpdate.add(Duration.between(now(), expiry));
        }
        return answer(() -> new EESRegistration(null, grant(registrationId, proposed), null));
    }

    @Override
    public Uni<Void> deregister(String registrationId) {
        calls.add(new Call("deregister", registrationId, null));
        return answer(() -> null);
    }

    private Instant grant(String registrationId, Instant proposed) {
        Instant max = now().plus(maxLifetime);
        Instant granted = proposed.isAfter(max) ? max : proposed;
        expiries.put(registrationId, granted);
        return granted;
    }

    private Instant now() {
        return clock.instant().plus(clockAhead);
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> answer(Supplier<T> byDefault) {
        Supplier<Uni<?>> scripted = script.poll();
        if (scripted != null) {
            return (Uni<T>) scripted.get();
        }
        return unreachable ? Uni.createFrom().failure(EcsFailures.unreachable()) : Uni.createFrom().item(byDefault);
    }
}
