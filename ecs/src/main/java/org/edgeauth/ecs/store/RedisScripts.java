package org.edgeauth.ecs.store;

/**
 * The Redis layout and every operation on it, as Lua scripts: Redis runs each script alone, so an ownership check
 * and the write that depends on it, or a registration and its index entries, can never be seen half done or be
 * interleaved with another replica's write.
 *
 * <pre>
 * {prefix}reg:{id}        hash: owner, exp (epoch ms), eas (JSON array of EAS ids), data (StoredRegistration JSON)
 * {prefix}owner:{eesId}   string: the owner's registration id
 * {prefix}eas:{easId}     sorted set: ids of registrations listing that EAS id, scored by their expiry (epoch ms)
 * {prefix}live            sorted set: ids of all registrations, scored by their expiry (the live count, O(log n))
 * </pre>
 *
 * Every key expires (PEXPIREAT) when the registration it describes lapses, an index when its last member does, so
 * a registration nobody refreshes vanishes from every replica with nothing left behind. Readers also use the ECS's
 * clock: an index read takes only members scored after {@code now}, and a registration that is lapsed by that
 * clock but not yet by Redis's is removed by the first write that meets it. Lapsed index members are pruned
 * whenever the index is written.
 *
 * <p>Arguments: {@code ARGV[1]} key prefix, {@code ARGV[2]} the ECS's now (epoch ms), then the operation's own.
 * No KEYS are declared because the index keys of a registration are known only inside the script: this targets a
 * standalone Redis, not Redis Cluster.
 */
final class RedisScripts {

    private static final String LAYOUT = """
            local prefix, now = ARGV[1], tonumber(ARGV[2])
            local function registration_key(id) return prefix .. 'reg:' .. id end
            local function owner_key(owner) return prefix .. 'owner:' .. owner end
            local function eas_key(eas_id) return prefix .. 'eas:' .. eas_id end
            local live_key = prefix .. 'live'

            local function remove(id)
              local key = registration_key(id)
              local owner, eas_ids = unpack(redis.call('HMGET', key, 'owner', 'eas'))
              if not owner then return end
              for _, eas_id in ipairs(cjson.decode(eas_ids)) do
                redis.call('ZREM', eas_key(eas_id), id)
              end
              redis.call('ZREM', live_key, id)
              if redis.call('GET', owner_key(owner)) == id then
                redis.call('DEL', owner_key(owner))
              end
              redis.call('DEL', key)
            end

            -- The owner of the live registration id, or nil; one lapsed by the ECS's clock is removed on the way.
            local function live_owner(id)
              local owner, expiry = unpack(redis.call('HMGET', registration_key(id), 'owner', 'exp'))
              if not owner then return nil end
              if tonumber(expiry) <= now then
                remove(id)
                return nil
              end
              return owner
            end

            local function add(id, owner, expiry, eas_ids, data)
              local key = registration_key(id)
              redis.call('HSET', key, 'owner', owner, 'exp', expiry, 'eas', eas_ids, 'data', data)
              redis.call('PEXPIREAT', key, expiry)
              redis.call('SET', owner_key(owner), id)
              redis.call('PEXPIREAT', owner_key(owner), expiry)
              redis.call('ZREMRANGEBYSCORE', live_key, '-inf', now)
              redis.call('ZADD', live_key, expiry, id)
              redis.call('PEXPIREAT', live_key, redis.call('ZRANGE', live_key, -1, -1, 'WITHSCORES')[2])
              for _, eas_id in ipairs(cjson.decode(eas_ids)) do
                local index = eas_key(eas_id)
                redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
                redis.call('ZADD', index, expiry, id)
                local last = redis.call('ZRANGE', index, -1, -1, 'WITHSCORES')
                redis.call('PEXPIREAT', index, last[2])
              end
            end
            """;

    /** ARGV[3..7] id, owner, expiry, EAS ids, data. Returns the id of the owner's replaced live registration or nil. */
    static final LuaScript PUT_REPLACING_OWNER = new LuaScript(LAYOUT + """
            local id, owner = ARGV[3], ARGV[4]
            local previous = redis.call('GET', owner_key(owner))
            local replaced = false
            if previous and live_owner(previous) then
              replaced = previous
              remove(previous)
            end
            add(id, owner, ARGV[5], ARGV[6], ARGV[7])
            return replaced
            """);

    /**
     * ARGV[3..7] as for {@link #PUT_REPLACING_OWNER}; optional ARGV[8], the JSON of the version the caller read:
     * when given, a registration that no longer holds it is left alone (compare-and-set). Returns a
     * {@link WriteOutcome} name.
     */
    static final LuaScript REPLACE_IF_OWNER = new LuaScript(LAYOUT + """
            local id, owner, expected = ARGV[3], ARGV[4], ARGV[8]
            local current = live_owner(id)
            if not current then return 'NOT_FOUND' end
            if current ~= owner then return 'NOT_OWNER' end
            if expected and redis.call('HGET', registration_key(id), 'data') ~= expected then return 'CONFLICT' end
            remove(id)
            add(id, owner, ARGV[5], ARGV[6], ARGV[7])
            return 'DONE'
            """);

    /** ARGV[3..4] id, owner. Returns a {@link WriteOutcome} name. */
    static final LuaScript DELETE_IF_OWNER = new LuaScript(LAYOUT + """
            local id, owner = ARGV[3], ARGV[4]
            local current = live_owner(id)
            if not current then return 'NOT_FOUND' end
            if current ~= owner then return 'NOT_OWNER' end
            remove(id)
            return 'DONE'
            """);

    /** ARGV[3] id. Returns the registration's JSON, or nil (the caller checks the expiry against its clock). */
    static final LuaScript FIND = new LuaScript(LAYOUT + """
            return redis.call('HGET', registration_key(ARGV[3]), 'data')
            """);

    /** ARGV[3] EAS id. Returns the JSON of each registration listing it whose expiry is after now. */
    static final LuaScript FIND_BY_EAS_ID = new LuaScript(LAYOUT + """
            local found = {}
            for _, id in ipairs(redis.call('ZRANGEBYSCORE', eas_key(ARGV[3]), '(' .. ARGV[2], '+inf')) do
              local data = redis.call('HGET', registration_key(id), 'data')
              if data then found[#found + 1] = data end
            end
            return found
            """);

    /** Returns how many registrations expire after now (lapsed members are pruned by the next write). */
    static final LuaScript COUNT_LIVE = new LuaScript(LAYOUT + """
            return redis.call('ZCOUNT', live_key, '(' .. ARGV[2], '+inf')
            """);

    private RedisScripts() {
    }
}
