package org.edgeauth.contract.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.ObjLongConsumer;

/**
 * Thins out a log line that a flood repeats: per key (a client, an operation), at most one line per interval is
 * written; the lines left out are counted, and the next line written for that key says how many. A client
 * hammering past its rate limit would otherwise turn every refused request into an INFO line, so that 10 000
 * requests a second become 10 000 lines a second: a denial of service on the log pipeline that drowns the lines
 * that matter. With this, a flooding client costs one line per interval, and no refusal goes uncounted.
 * <p>
 * Only for refusals that repeat by nature (over the rate limit, asked to wait). Other refusals are the audit trail,
 * one line each; the rate limit in front of them bounds their volume already.
 * <p>
 * Memory is bounded as in {@link RateLimiter}: one access-ordered map under one lock. A key not seen for an
 * interval is forgotten (its next line would be written anyway), and beyond {@code maxKeys} the least recently seen
 * key is. A forgotten key that still has lines left out is handed to the {@code unlogged} callback with their
 * number, so the caller writes one line saying so: forgetting can only make the log more verbose, never lose a
 * count. Such a count waits for the next call (of any key) to be written; the caller's metrics count every refusal
 * at once.
 */
public final class RefusalLogSampler {

    /** The MDC field (structured log field) carrying the number of lines left out since the previous one. */
    public static final String SUPPRESSED_FIELD = "suppressed";

    private final long intervalNanos;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final ObjLongConsumer<String> unlogged;
    private final LinkedHashMap<String, Lines> keys = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param interval  at most one line per key per interval; {@link Duration#ZERO} writes every line
     * @param maxKeys   most keys remembered at once
     * @param nanoClock a monotonic clock in nanoseconds ({@link System#nanoTime()} outside tests)
     * @param unlogged  told of a forgotten key and how many of its lines were left out since its last one; called
     *                  on the thread of {@link #sample}, before it returns, outside the lock
     * @throws IllegalArgumentException for a negative interval or, when sampling, fewer than one key
     */
    public RefusalLogSampler(Duration interval, int maxKeys, LongSupplier nanoClock, ObjLongConsumer<String> unlogged) {
        if (interval.isNegative() || !interval.isZero() && maxKeys < 1) {
            throw new IllegalArgumentException("log sampling needs an interval >= 0 and max keys >= 1, got interval "
                    + interval + ", max keys " + maxKeys);
        }
        this.intervalNanos = interval.toNanos();
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
        this.unlogged = unlogged;
    }

    /**
     * For the refusals of a {@link RateLimiter}: {@code log-interval} per client, as many clients as it tracks.
     */
    public static RefusalLogSampler of(RateLimitConfig config, ObjLongConsumer<String> unlogged) {
        return new RefusalLogSampler(config.logInterval(), config.maxClients(), System::nanoTime, unlogged);
    }

    /**
     * A line for {@code key} is due.
     *
     * @return empty when it is to be left out (it is counted), else the number of lines of {@code key} left out
     *         since the last one written, which the line should say ({@link #SUPPRESSED_FIELD})
     */
    public OptionalLong sample(String key) {
        if (intervalNanos == 0) {
            return OptionalLong.of(0);
        }
        long now = nanoClock.getAsLong();
        OptionalLong outcome;
        List<Map.Entry<String, Long>> forgotten;
        synchronized (keys) {
            Lines lines = keys.get(key);
            if (lines == null) {
                keys.put(key, new Lines(now));
                outcome = OptionalLong.of(0);
            } else {
                outcome = lines.next(now);
            }
            forgotten = forgetIdle(now);
        }
        forgotten.forEach(entry -> unlogged.accept(entry.getKey(), entry.getValue()));
        return outcome;
    }

    /**
     * What a written line adds to its message for the lines left out before it, e.g. {@code leftOutNote(12,
     * "refusals of this client")} is {@code " (+12 similar refusals of this client not logged)"}; empty for none.
     */
    public static String leftOutNote(long suppressed, String what) {
        return suppressed > 0 ? " (+" + suppressed + " similar " + what + " not logged)" : "";
    }

    /** Keys currently remembered (for tests and the memory bound). */
    public int trackedKeys() {
        synchronized (keys) {
            return keys.size();
        }
    }

    /**
     * Drops least recently seen keys while they are idle or too many.
     *
     * @return the dropped keys that had lines left out, with their number
     */
    private List<Map.Entry<String, Long>> forgetIdle(long now) {
        List<Map.Entry<String, Long>> forgotten = List.of();
        Iterator<Map.Entry<String, Lines>> eldest = keys.entrySet().iterator();
        while (eldest.hasNext()) {
            Map.Entry<String, Lines> entry = eldest.next();
            Lines lines = entry.getValue();
            if (keys.size() <= maxKeys && now - lines.lastSeen < intervalNanos) {
                return forgotten; // access order: every later key was seen more recently
            }
            eldest.remove();
            if (lines.leftOut > 0) {
                if (forgotten.isEmpty()) {
                    forgotten = new ArrayList<>();
                }
                forgotten.add(Map.entry(entry.getKey(), lines.leftOut));
            }
        }
        return forgotten;
    }

    /** One key's lines: when the last was written, when one was last due, how many were left out since. */
    private final class Lines {

        private long lastWritten;
        private long lastSeen;
        private long leftOut;

        Lines(long now) {
            this.lastWritten = now;
            this.lastSeen = now;
        }

        OptionalLong next(long now) {
            lastSeen = now;
            if (now - lastWritten < intervalNanos) {
                leftOut++;
                return OptionalLong.empty();
            }
            long since = leftOut;
            leftOut = 0;
            lastWritten = now;
            return OptionalLong.of(since);
        }
    }
}
