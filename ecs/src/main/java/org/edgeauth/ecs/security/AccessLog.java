package org.edgeauth.ecs.security;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.edgeauth.contract.ratelimit.RefusalLogSampler;
import org.edgeauth.ecs.config.EcsConfig;
import org.jboss.logging.Logger;
import org.jboss.logging.Logger.Level;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records every access decision as one audit line and one count: who (certificate identity), which API, method,
 * path, outcome and cause, and for a grant the verified token's {@code jti}. Never the token or any key material.
 * <p>
 * Audit lines go to the category {@value #CATEGORY}, which operators can route on its own. Refusals are INFO;
 * grants are DEBUG: they are the bulk of the ECS's traffic (every refresh and discovery), they run on the hot path
 * the security-overhead benchmark measures, and each is counted anyway. The fields travel as MDC entries, so a
 * JSON log carries them as structured fields ({@code mdc.who}, {@code mdc.outcome}, ...); the message repeats them
 * for the human-readable format.
 * <p>
 * One exception to one line per refusal: a client over its rate limit ({@link Denial#RATE_LIMITED}) gets at most one
 * line per {@code edgeauth.ecs.rate-limit.log-interval}, and the next line written says how many were left out
 * ({@code mdc.suppressed}, contract {@link RefusalLogSampler}), so that a flood does not flood the log. Every
 * other refusal is the audit trail, one line each; the rate limit in front of the other checks bounds them.
 * <p>
 * Metric {@value #METRIC}{outcome, cause, api}: every series exists from the start (at zero), so a rate over any
 * cause is defined before the first refusal of that cause.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "org.edgeauth.audit.access";
    static final String METRIC = "edgeauth.ecs.access.decisions";
    /** The api tag of a refused request whose path names no EDGE-6 API. */
    private static final String NO_API = "none";

    /** The structured fields of an audit line (MDC keys). */
    private static final String[] FIELDS = { "who", "api", "method", "path", "outcome", "cause", "token", "jti",
            RefusalLogSampler.SUPPRESSED_FIELD };
    /** What the rate-limit refusals left out were, in the note of the next line written. */
    private static final String SIMILAR = "refusals of this client";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final Map<EdgeApi, Counter> grants = new EnumMap<>(EdgeApi.class);
    private final Map<Denial, Map<String, Counter>> denials = new EnumMap<>(Denial.class);
    /** Keyed by the client's certificate identity label. */
    private final RefusalLogSampler rateLimitedLines;

    AccessLog(MeterRegistry registry, EcsConfig config) {
        rateLimitedLines = RefusalLogSampler.of(config.rateLimit(), AccessLog::rateLimitedNotLogged);
        for (EdgeApi api : EdgeApi.values()) {
            grants.put(api, counter(registry, "granted", "none", tag(api)));
        }
        for (Denial denial : Denial.values()) {
            Map<String, Counter> byApi = new HashMap<>();
            for (EdgeApi api : EdgeApi.values()) {
                byApi.put(tag(api), counter(registry, "denied", causeTag(denial), tag(api)));
            }
            byApi.put(NO_API, counter(registry, "denied", causeTag(denial), NO_API));
            denials.put(denial, byApi);
        }
    }

    void granted(Caller caller, String method, String path) {
        grants.get(caller.api()).increment();
        if (LOG.isDebugEnabled()) {
            // token: whether an access token was verified, or the local policy let the certificate suffice.
            MDC.put("token", caller.tokenVerified() ? "verified" : "not-required");
            if (caller.tokenId() != null) {
                MDC.put("jti", caller.tokenId()); // the token's id, which the issuer's audit line names too
            }
            audit(Level.DEBUG, caller.label(), tag(caller.api()), method, path, "granted", "none",
                    caller.tokenVerified() ? "token verified" : "certificate suffices (local policy)");
        }
    }

    /**
     * A refusal. Called by {@link AccessDeniedMapper} for every {@link AccessDeniedException}, so checks that throw
     * one are logged and counted without calling this themselves.
     *
     * @param who    the certificate identity's label, or "unidentified"
     * @param detail why, in words safe to log (never the token)
     */
    void denied(String who, String method, String path, Denial denial, String detail) {
        String api = EdgeApi.ofPath(path).map(AccessLog::tag).orElse(NO_API);
        denials.get(denial).get(api).increment();
        if (!LOG.isInfoEnabled()) {
            return;
        }
        if (denial != Denial.RATE_LIMITED) {
            audit(Level.INFO, who, api, method, path, "denied", denial.cause(), detail);
            return;
        }
        rateLimitedLines.sample(who).ifPresent(suppressed -> {
            if (suppressed > 0) {
                MDC.put(RefusalLogSampler.SUPPRESSED_FIELD, Long.toString(suppressed));
            }
            audit(Level.INFO, who, api, method, path, "denied", denial.cause(),
                    detail + RefusalLogSampler.leftOutNote(suppressed, SIMILAR));
        });
    }

    /** The last rate-limit refusals of a client the sampler forgot before another line of it was due. */
    private static void rateLimitedNotLogged(String who, long suppressed) {
        MDC.put("who", who);
        MDC.put("outcome", "denied");
        MDC.put("cause", Denial.RATE_LIMITED.cause());
        MDC.put(RefusalLogSampler.SUPPRESSED_FIELD, Long.toString(suppressed));
        try {
            LOG.infof("access denied: who=%s cause=%s: %d similar %s not logged since its last line", who,
                    Denial.RATE_LIMITED.cause(), suppressed, SIMILAR);
        } finally {
            clearFields();
        }
    }

    private static void audit(Level level, String who, String api, String method, String path, String outcome,
            String cause, String detail) {
        // The MDC is per request context (Vert.x duplicated context) or thread; the fields live only for this line.
        MDC.put("who", who);
        MDC.put("api", api);
        MDC.put("method", method);
        MDC.put("path", path);
        MDC.put("outcome", outcome);
        MDC.put("cause", cause);
        try {
            LOG.logf(level, "access %s: who=%s api=%s %s %s cause=%s detail=%s", outcome, who, api, method, path, cause,
                    detail);
        } finally {
            clearFields();
        }
    }

    private static void clearFields() {
        for (String key : FIELDS) {
            MDC.remove(key);
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome, String cause, String api) {
        return Counter.builder(METRIC).description("ECS access decisions, by outcome, cause and API")
                .tag("outcome", outcome).tag("cause", cause).tag("api", api).register(registry);
    }

    private static String tag(EdgeApi api) {
        return api.name().toLowerCase(Locale.ROOT);
    }

    private static String causeTag(Denial denial) {
        return denial.cause().toLowerCase(Locale.ROOT);
    }

}
