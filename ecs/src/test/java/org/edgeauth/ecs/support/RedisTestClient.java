package org.edgeauth.ecs.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.edgeauth.ecs.store.RedisRegistrationStore;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;

/**
 * What one ECS replica holds outside Quarkus: its own Vert.x, its own Redis connection pool (sized as in
 * application.properties), and stores over it. Two of these on one server are two replicas.
 */
public final class RedisTestClient implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Vertx vertx = Vertx.vertx();
    private final Redis redis;
    private final ReactiveRedisDataSource dataSource;

    private RedisTestClient(RedisOptions options) {
        redis = Redis.createClient(vertx, options.setMaxPoolSize(16).setMaxPoolWaiting(1024));
        dataSource = new ReactiveRedisDataSourceImpl(vertx, redis, RedisAPI.api(redis));
    }

    public static RedisTestClient of(RedisTestServer server) {
        return of(server.uri());
    }

    public static RedisTestClient of(String uri) {
        return new RedisTestClient(new RedisOptions().setConnectionString(uri));
    }

    /** Over TLS, trusting {@code ca} and checking the server's host name. */
    public static RedisTestClient of(RedisTestServer server, Path ca) {
        return new RedisTestClient(new RedisOptions().setConnectionString(server.uri())
                .setNetClientOptions(new NetClientOptions().setSsl(true).setHostnameVerificationAlgorithm("HTTPS")
                        .setTrustOptions(new PemTrustOptions().addCertPath(ca.toString()))));
    }

    public RedisRegistrationStore store(String keyPrefix) {
        return store(keyPrefix, TIMEOUT);
    }

    public RedisRegistrationStore store(String keyPrefix, Duration timeout) {
        return new RedisRegistrationStore(dataSource, keyPrefix, timeout);
    }

    /** Every key under {@code keyPrefix} Redis still holds (expired ones excluded). */
    public List<String> keys(String keyPrefix) {
        List<String> keys = new ArrayList<>();
        for (Response key : command("KEYS", keyPrefix + "*")) {
            keys.add(key.toString());
        }
        return keys;
    }

    public Response command(String command, String... arguments) {
        return dataSource.execute(command, arguments).await().atMost(TIMEOUT);
    }

    @Override
    public void close() {
        redis.close();
        vertx.closeAndAwait();
    }
}
