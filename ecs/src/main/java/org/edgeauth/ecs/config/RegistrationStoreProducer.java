package org.edgeauth.ecs.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import org.edgeauth.ecs.store.InMemoryRegistrationStore;
import org.edgeauth.ecs.store.RedisRegistrationStore;
import org.edgeauth.ecs.store.RegistrationStore;
import org.jboss.logging.Logger;

import io.quarkus.arc.ActiveResult;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Chooses the registration store from {@code edgeauth.ecs.store} when the ECS starts, not when it is built: one
 * jar runs a single ECS (memory) and replicas sharing Redis. With {@code memory} the Redis client is never looked
 * up, so it needs no {@code quarkus.redis.hosts} and opens no connection; with {@code redis} and no hosts the ECS
 * refuses to start, saying which property is missing.
 */
public class RegistrationStoreProducer {

    private static final Logger LOG = Logger.getLogger(RegistrationStoreProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    RegistrationStore registrationStore(EcsConfig config, Instance<InMemoryRegistrationStore> memory,
            InjectableInstance<ReactiveRedisDataSource> redis) {
        LOG.infof("registration store: %s", config.store().name().toLowerCase());
        return switch (config.store()) {
            case MEMORY -> memory.get();
            case REDIS -> new RedisRegistrationStore(activeClient(redis), config.redis().keyPrefix(),
                    config.redis().timeout());
        };
    }

    /** The Redis client is inactive without hosts: it would fail on the first request instead of now. */
    private static ReactiveRedisDataSource activeClient(InjectableInstance<ReactiveRedisDataSource> redis) {
        ActiveResult client = redis.getHandle().getBean().checkActive();
        if (!client.value()) {
            throw new ConfigurationException("edgeauth.ecs.store=redis needs a Redis client: "
                    + client.inactiveReason());
        }
        return redis.get();
    }
}
