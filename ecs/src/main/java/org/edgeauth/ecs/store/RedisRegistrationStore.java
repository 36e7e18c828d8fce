package org.edgeauth.ecs.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;

/**
 * The store ECS replicas share (issue 5): one Redis, so that an EES registered through one replica is read,
 * updated, deleted and discovered through any other. Layout and atomicity: {@link RedisScripts}.
 *
 * <p>Every call is bounded by a timeout. Whatever goes wrong on the way to Redis (refused connection, no answer in
 * time, an error reply) fails the call with {@link StoreUnavailableException} (503) and never removes anything;
 * the client reconnects on the next call, so the ECS recovers by itself when Redis is back.
 */
public class RedisRegistrationStore implements RegistrationStore {

    private static final Logger LOG = Logger.getLogger(RedisRegistrationStore.class);

    private final ReactiveRedisDataSource redis;
    private final String keyPrefix;
    private final Duration timeout;
    /** Only to log the transitions (unavailable, available again) once rather than on every request. */
    private final AtomicBoolean available = new AtomicBoolean(true);

    public RedisRegistrationStore(ReactiveRedisDataSource redis, String keyPrefix, Duration timeout) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.timeout = timeout;
    }

    @Override
    public Uni<Optional<String>> putReplacingOwner(StoredRegistration registration, Instant now) {
        return run(RedisScripts.PUT_REPLACING_OWNER, now, writeArguments(registration))
                .map(replaced -> Optional.ofNullable(replaced).map(Response::toString));
    }

    @Override
    public Uni<Optional<StoredRegistration>> find(String id, Instant now) {
        return run(RedisScripts.FIND, now, id)
                .map(found -> Optional.ofNullable(found).map(json -> StoredRegistrationJson.decode(json.toString()))
                        .filter(registration -> registration.expiresAt().isAfter(now)));
    }

    @Override
    public Uni<WriteOutcome> replaceIfOwner(StoredRegistration replacement, Instant now) {
        return run(RedisScripts.REPLACE_IF_OWNER, now, writeArguments(replacement))
                .map(RedisRegistrationStore::outcome);
    }

    @Override
    public Uni<WriteOutcome> replaceIfUnchanged(StoredRegistration expected, StoredRegistration replacement,
            Instant now) {
        // The stored JSON is what encode() wrote; a registration read back encodes to the same text (the store's
        // contract test keeps full profiles exact), so text equality is version equality.
        String[] arguments = Arrays.copyOf(writeArguments(replacement), 6);
        arguments[5] = StoredRegistrationJson.encode(expected);
        return run(RedisScripts.REPLACE_IF_OWNER, now, arguments).map(RedisRegistrationStore::outcome);
    }

    @Override
    public Uni<WriteOutcome> deleteIfOwner(String id, String owner, Instant now) {
        return run(RedisScripts.DELETE_IF_OWNER, now, id, owner).map(RedisRegistrationStore::outcome);
    }

    @Override
    public Uni<List<StoredRegistration>> findByEasId(String easId, Instant now) {
        return run(RedisScripts.FIND_BY_EAS_ID, now, easId).map(found -> {
            List<StoredRegistration> live = new ArrayList<>(found.size());
            for (Response json : found) {
                StoredRegistration registration = StoredRegistrationJson.decode(json.toString());
                // The index holds expiries in milliseconds; the ECS's rule is exact.
                if (registration.expiresAt().isAfter(now)) {
                    live.add(registration);
                }
            }
            return live;
        });
    }

    @Override
    public Uni<Long> countLive(Instant now) {
        return run(RedisScripts.COUNT_LIVE, now).map(Response::toLong);
    }

    /** PING within the timeout: what readiness reports. */
    @Override
    public Uni<Void> checkAvailable() {
        return bounded(redis.execute(Command.PING)).replaceWithVoid();
    }

    private Uni<Response> run(LuaScript script, Instant now, String... arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = keyPrefix;
        all[1] = Long.toString(now.toEpochMilli());
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return bounded(script.run(redis, all));
    }

    private Uni<Response> bounded(Uni<Response> call) {
        return call.ifNoItem().after(timeout).failWith(() -> new TimeoutException("no answer within " + timeout))
                .onFailure().transform(this::unavailable)
                .invoke(this::availableAgain);
    }

    private static String[] writeArguments(StoredRegistration registration) {
        return new String[] { registration.id(), registration.owner(),
                Long.toString(registration.expiresAt().toEpochMilli()),
                StoredRegistrationJson.encodeEasIds(registration.easIds()),
                StoredRegistrationJson.encode(registration) };
    }

    private static WriteOutcome outcome(Response response) {
        return WriteOutcome.valueOf(response.toString());
    }

    private StoreUnavailableException unavailable(Throwable failure) {
        if (available.getAndSet(false)) {
            LOG.warnf("registration store (Redis) unavailable, answering 503 until it is back: %s", failure.toString());
        } else {
            LOG.debugf("registration store (Redis) still unavailable: %s", failure.toString());
        }
        return new StoreUnavailableException();
    }

    private void availableAgain() {
        if (!available.get() && available.compareAndSet(false, true)) {
            LOG.info("registration store (Redis) available again");
        }
    }
}
