package org.edgeauth.tokenissuer.token;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.edgeauth.contract.ratelimit.RefusalLogSampler;
import org.edgeauth.tokenissuer.config.IssuerConfig;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * One audit line and one count per token decision: who asked (the certificate identity), what was granted or why
 * it was refused. Tokens themselves are never logged: a line names the token by its {@code jti} and signing
 * {@code kid} only.
 * <p>
 * Audit lines go to the category {@value #CATEGORY} at INFO (an EES asks about once per token lifetime, so the
 * volume is small), with their fields as MDC entries: structured fields in the JSON log format. Metrics:
 * {@code edgeauth.tokens.issued{scope}} (the granted scopes, sorted, space separated) and
 * {@code edgeauth.tokens.refused{error, status}} (the OAuth error and the HTTP status it went out with).
 * <p>
 * One exception to one line per refusal: a client over its rate limit (429) gets at most one line per
 * {@code edgeauth.issuer.rate-limit.log-interval}, and the next line written says how many were left out
 * ({@code mdc.suppressed}, contract {@link RefusalLogSampler}), so that a flood does not flood the log. The counter
 * still counts every refusal; every other refusal is a line of its own.
 */
@Singleton
public class TokenAudit {

    public static final String CATEGORY = "org.edgeauth.audit.token";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String[] FIELDS = { "who", "outcome", "scope", "target", "kid", "jti", "error", "status",
            RefusalLogSampler.SUPPRESSED_FIELD };
    /** What the lines left out were, in the note of the next line written. */
    private static final String SIMILAR = "refusals of this client";

    private final MeterRegistry registry;
    /** By scope tag: the scopes a policy grants are few, so this stays small. */
    private final Map<String, Counter> issued = new ConcurrentHashMap<>();
    /** By error and status ("invalid_request 400"): a handful of pairs. */
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();
    /** Keyed by the client's certificate identity label. */
    private final RefusalLogSampler rateLimitedLines;

    @Inject
    TokenAudit(MeterRegistry registry, IssuerConfig config) {
        this.registry = registry;
        this.rateLimitedLines = RefusalLogSampler.of(config.rateLimit(), TokenAudit::rateLimitedNotLogged);
    }

    void issued(String client, Grant grant, MintedToken token) {
        String scope = String.join(" ", new TreeSet<>(grant.scopes()));
        issued.computeIfAbsent(scope, tag -> Counter.builder("edgeauth.tokens.issued")
                .description("Access tokens issued, by granted scope").tag("scope", tag).register(registry))
                .increment();
        String target = grant.targetNfType() + grant.targetNfInstanceId().map(id -> "/" + id).orElse("");
        MDC.put("who", client);
        MDC.put("outcome", "issued");
        MDC.put("scope", scope);
        MDC.put("target", target);
        MDC.put("kid", token.kid());
        MDC.put("jti", token.jti());
        try {
            LOG.infof("token issued: who=%s scope=\"%s\" target=%s kid=%s jti=%s", client, scope, target,
                    token.kid(), token.jti());
        } finally {
            clearFields();
        }
    }

    void refused(String client, TokenRefusal refusal) {
        // The status tells refusals sharing an error code apart: 429 is the rate limit, 415 not a form.
        refused.computeIfAbsent(refusal.error().code() + " " + refusal.status(), key -> counter(refusal.error(),
                refusal.status())).increment();
        if (!refusal.isRateLimited()) {
            refusedLine(client, refusal.error().code(), refusal.status(), refusal.description(), 0);
            return;
        }
        rateLimitedLines.sample(client).ifPresent(suppressed -> refusedLine(client, refusal.error().code(),
                refusal.status(), refusal.description() + RefusalLogSampler.leftOutNote(suppressed, SIMILAR),
                suppressed));
    }

    /** The last rate-limit refusals of a client the sampler forgot before another line of it was due. */
    private static void rateLimitedNotLogged(String client, long suppressed) {
        refusedLine(client, TokenRefusal.RATE_LIMITED_ERROR.code(), TokenRefusal.RATE_LIMITED_STATUS,
                suppressed + " similar " + SIMILAR + " not logged since its last line", suppressed);
    }

    private static void refusedLine(String client, String error, int status, String description, long suppressed) {
        MDC.put("who", client);
        MDC.put("outcome", "refused");
        MDC.put("error", error);
        MDC.put("status", Integer.toString(status));
        if (suppressed > 0) {
            MDC.put(RefusalLogSampler.SUPPRESSED_FIELD, Long.toString(suppressed));
        }
        try {
            LOG.infof("token refused: who=%s error=%s status=%d: %s", client, error, status, description);
        } finally {
            clearFields();
        }
    }

    private Counter counter(OAuthError error, int status) {
        return Counter.builder("edgeauth.tokens.refused").description("Token requests refused, by OAuth error and status")
                .tag("error", error.code()).tag("status", Integer.toString(status)).register(registry);
    }

    private static void clearFields() {
        for (String key : FIELDS) {
            MDC.remove(key);
        }
    }
}
