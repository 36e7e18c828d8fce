package org.edgeauth.ecs.store;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

/**
 * The single-instance store (the default): maps guarded by one lock. Operations are short and never block on I/O,
 * so they run on the caller's thread, event loop included. Lapsed registrations are dropped lazily: an expiry queue
 * is drained on every operation, so memory does not grow with registrations nobody reads again.
 */
@ApplicationScoped
@DefaultBean
public class InMemoryRegistrationStore implements RegistrationStore {

    private record Expiry(Instant at, String id) {
    }

    private final Map<String, StoredRegistration> byId = new HashMap<>();
    private final Map<String, String> idByOwner = new HashMap<>();
    private final Map<String, Set<String>> idsByEasId = new HashMap<>();
    private final PriorityQueue<Expiry> expiries = new PriorityQueue<>(Comparator.comparing(Expiry::at));

    @Override
    public Uni<Optional<String>> putReplacingOwner(StoredRegistration registration, Instant now) {
        return locked(() -> {
            dropLapsed(now);
            Optional<String> replaced = Optional.ofNullable(idByOwner.get(registration.owner()));
            replaced.ifPresent(this::remove);
            add(registration);
            return replaced;
        });
    }

    @Override
    public Uni<Optional<StoredRegistration>> find(String id, Instant now) {
        return locked(() -> {
            dropLapsed(now);
            return Optional.ofNullable(byId.get(id));
        });
    }

    @Override
    public Uni<WriteOutcome> replaceIfOwner(StoredRegistration replacement, Instant now) {
        return replace(null, replacement, now);
    }

    @Override
    public Uni<WriteOutcome> replaceIfUnchanged(StoredRegistration expected, StoredRegistration replacement,
            Instant now) {
        return replace(expected, replacement, now);
    }

    /** {@code expected} null: any live version of the owner's registration may be replaced. */
    private Uni<WriteOutcome> replace(StoredRegistration expected, StoredRegistration replacement, Instant now) {
        return locked(() -> {
            WriteOutcome outcome = ownership(replacement.id(), replacement.owner(), now);
            if (outcome != WriteOutcome.DONE) {
                return outcome;
            }
            if (expected != null && !byId.get(replacement.id()).equals(expected)) {
                return WriteOutcome.CONFLICT;
            }
            remove(replacement.id());
            add(replacement);
            return outcome;
        });
    }

    @Override
    public Uni<WriteOutcome> deleteIfOwner(String id, String owner, Instant now) {
        return locked(() -> {
            WriteOutcome outcome = ownership(id, owner, now);
            if (outcome == WriteOutcome.DONE) {
                remove(id);
            }
            return outcome;
        });
    }

    @Override
    public Uni<List<StoredRegistration>> findByEasId(String easId, Instant now) {
        return locked(() -> {
            dropLapsed(now);
            return idsByEasId.getOrDefault(easId, Set.of()).stream().map(byId::get).toList();
        });
    }

    @Override
    public Uni<Long> countLive(Instant now) {
        return locked(() -> {
            dropLapsed(now);
            return (long) byId.size();
        });
    }

    private WriteOutcome ownership(String id, String owner, Instant now) {
        dropLapsed(now);
        StoredRegistration current = byId.get(id);
        if (current == null) {
            return WriteOutcome.NOT_FOUND;
        }
        return current.owner().equals(owner) ? WriteOutcome.DONE : WriteOutcome.NOT_OWNER;
    }

    private void add(StoredRegistration registration) {
        byId.put(registration.id(), registration);
        idByOwner.put(registration.owner(), registration.id());
        for (String easId : registration.easIds()) {
            idsByEasId.computeIfAbsent(easId, key -> new LinkedHashSet<>()).add(registration.id());
        }
        expiries.add(new Expiry(registration.expiresAt(), registration.id()));
    }

    private void remove(String id) {
        StoredRegistration registration = byId.remove(id);
        if (registration == null) {
            return;
        }
        idByOwner.remove(registration.owner(), id);
        for (String easId : registration.easIds()) {
            Set<String> ids = idsByEasId.get(easId);
            ids.remove(id);
            if (ids.isEmpty()) {
                idsByEasId.remove(easId);
            }
        }
    }

    /**
     * Removes every registration whose expiry is not after {@code now}. A queue entry is stale when its
     * registration was removed or updated since (another expiry was queued then): it is simply discarded.
     */
    private void dropLapsed(Instant now) {
        while (!expiries.isEmpty() && !expiries.peek().at().isAfter(now)) {
            Expiry expiry = expiries.poll();
            StoredRegistration registration = byId.get(expiry.id());
            if (registration != null && registration.expiresAt().equals(expiry.at())) {
                remove(expiry.id());
            }
        }
    }

    private <T> Uni<T> locked(Supplier<T> operation) {
        return Uni.createFrom().item(() -> {
            synchronized (this) {
                return operation.get();
            }
        });
    }
}
