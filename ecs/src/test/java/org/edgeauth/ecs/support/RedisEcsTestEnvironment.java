package org.edgeauth.ecs.support;

import java.util.Map;
import java.util.UUID;

import org.edgeauth.pki.IdentitySpec;
import org.edgeauth.pki.IssuedIdentity;

/**
 * The ECS test environment with the Redis store, reached as in production: TLS only (trust from the TLS registry
 * configuration named by {@code quarkus.redis.tls-configuration-name}) and a password. The tests stop, pause and
 * restart the server through {@link #redis()}.
 */
public class RedisEcsTestEnvironment extends EcsTestEnvironment {

    /** The key prefix the ECS uses (the default). */
    public static final String KEY_PREFIX = "edgeauth:ecs:";

    private static RedisTestServer redis;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        IssuedIdentity tls = TestPki.pki().issue(IdentitySpec.server("redis", UUID.randomUUID(), false));
        redis = RedisTestServer.start("ecs", tls, UUID.randomUUID().toString());
        config.put("edgeauth.ecs.store", "redis");
        config.put("edgeauth.ecs.redis.timeout", "1s");
        config.put("quarkus.redis.hosts", "rediss://localhost:" + redis.port());
        config.put("quarkus.redis.password", redis.password());
        config.put("quarkus.redis.tls-configuration-name", "redis");
        return config;
    }

    @Override
    public void stop() {
        super.stop();
        if (redis != null) {
            redis.stop();
        }
    }

    public static RedisTestServer redis() {
        return redis;
    }
}
