package org.edgeauth.ecs.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.smallrye.mutiny.Uni;

/**
 * Where the ECS keeps EES registrations. Every read takes {@code now} and never returns a lapsed registration
 * (TS 23.558 8.4.4: a registration not refreshed before its expiry is gone). Writes that depend on ownership check
 * it atomically with the change, so that implementations shared by several ECS replicas stay correct.
 */
public interface RegistrationStore {

    /**
     * Stores a new registration and, in the same step, removes any earlier registration of the same owner: an EES
     * that registers again (for instance after a restart that lost its registration id) replaces what it had.
     *
     * @return the id of the replaced live registration, if there was one
     */
    Uni<Optional<String>> putReplacingOwner(StoredRegistration registration, Instant now);

    Uni<Optional<StoredRegistration>> find(String id, Instant now);

    /** Replaces a live registration of {@code owner}; {@code replacement} keeps the id and owner. */
    Uni<WriteOutcome> replaceIfOwner(StoredRegistration replacement, Instant now);

    /**
     * Replaces a live registration of {@code replacement.owner()} only if it is still exactly {@code expected}, the
     * version the caller read and derived the replacement from (compare-and-set): a read-modify-write such as a
     * merge patch never overwrites a change it has not seen, whichever replica made it.
     *
     * @return {@link WriteOutcome#CONFLICT} when the stored registration is no longer {@code expected}
     */
    Uni<WriteOutcome> replaceIfUnchanged(StoredRegistration expected, StoredRegistration replacement, Instant now);

    Uni<WriteOutcome> deleteIfOwner(String id, String owner, Instant now);

    /** Live registrations whose profile lists {@code easId}: answered from an index, not by scanning them all. */
    Uni<List<StoredRegistration>> findByEasId(String easId, Instant now);

    /**
     * How many registrations are live now: for the {@code edgeauth.ecs.registrations.live} gauge. Cheap (no scan),
     * but may be a round trip to a shared store, so callers cache the answer rather than ask per scrape.
     */
    Uni<Long> countLive(Instant now);

    /**
     * Completes when the store can serve requests now, fails with {@link StoreUnavailableException} when it
     * cannot: what readiness reports. A store inside the process always can.
     */
    default Uni<Void> checkAvailable() {
        return Uni.createFrom().voidItem();
    }
}
