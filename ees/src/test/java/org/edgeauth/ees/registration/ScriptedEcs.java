package org.edgeauth.ees.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import org.edgeauth.contract.eecs.EESRegistration;
import org.edgeauth.contract.eecs.EESRegistrationPatch;
import org.edgeauth.ees.ecs.CreatedRegistration;
import org.edgeauth.ees.ecs.EcsFailures;
import org.edgeauth.ees.ecs.EcsRegistrations;

import io.smallrye.mutiny.Uni;

/**
 * An ECS for keeper unit tests: records each call and answers from a script; with an empty script it grants what
 * is asked (the proposed expTime, capped at {@link #maxLifetime}) and names registrations reg-1, reg-2, ...
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
        return answer(() -> new CreatedRegistration("reg-" + ++created,
                registration.withExpTime(granted(registration.expTime()))));
    }

    @Override
    public Uni<EESRegistration> modify(String registrationId, EESRegistrationPatch patch) {
        calls.add(new Call("modify", registrationId, patch));
        Instant proposed = Instant.parse(patch.document().get("expTime").asText());
        return answer(() -> new EESRegistration(null, granted(proposed), null));
    }

    @Override
    public Uni<Void> deregister(String registrationId) {
        calls.add(new Call("deregister", registrationId, null));
        return answer(() -> null);
    }

    private Instant granted(Instant proposed) {
        Instant max = clock.instant().plus(maxLifetime);
        return proposed.isAfter(max) ? max : proposed;
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
