package org.edgeauth.ecs.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;

/**
 * A Lua script Redis runs atomically. Sent by digest (EVALSHA); when Redis does not know it (first use, or a
 * restarted server with an empty script cache) it is sent whole once (EVAL), which also caches it.
 */
final class LuaScript {

    private static final String NO_SCRIPT = "NOSCRIPT";

    private final String source;
    private final String sha1;

    LuaScript(String source) {
        this.source = source;
        this.sha1 = sha1(source);
    }

    /** Runs with no declared KEYS: the scripts derive their keys from the prefix in {@code arguments}. */
    Uni<Response> run(ReactiveRedisDataSource redis, String... arguments) {
        return redis.execute(Command.EVALSHA, withScript(sha1, arguments))
                .onFailure(LuaScript::notCached)
                .recoverWithUni(() -> redis.execute(Command.EVAL, withScript(source, arguments)));
    }

    private static String[] withScript(String script, String[] arguments) {
        String[] all = new String[arguments.length + 2];
        all[0] = script;
        all[1] = "0";
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return all;
    }

    private static boolean notCached(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith(NO_SCRIPT);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
