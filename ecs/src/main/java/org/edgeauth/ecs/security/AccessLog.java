package org.edgeauth.ecs.security;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.edgeauth.contract.problem.ProblemCause;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records every access decision: who (certificate identity), what (API, method, path), outcome and cause. Never
 * the token. Log category {@code org.edgeauth.ecs.access}; metric {@code edgeauth.ecs.access.decisions}.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("org.edgeauth.ecs.access");
    private static final String METRIC = "edgeauth.ecs.access.decisions";

    private final MeterRegistry registry;

    AccessLog(MeterRegistry registry) {
        this.registry = registry;
    }

    void granted(Caller caller, String method, String path) {
        LOG.infof("access granted: who=%s api=%s %s %s token=%s", caller.label(), caller.api(), method, path,
                caller.tokenVerified() ? "verified" : "not required (local policy)");
        registry.counter(METRIC, "outcome", "granted", "cause", "none").increment();
    }

    void denied(String who, String method, String path, Denial denial, String detail) {
        LOG.infof("access denied: who=%s %s %s cause=%s detail=%s", who, method, path, denial.cause(), detail);
        registry.counter(METRIC, "outcome", "denied", "cause", denial.cause().toLowerCase(Locale.ROOT)).increment();
    }

    /** A request refused by the per-client rate limit (ecs/ratelimit) before its token was looked at. */
    public void rateLimited(String who, String method, String path, String detail) {
        LOG.infof("access denied: who=%s %s %s cause=%s detail=%s", who, method, path,
                ProblemCause.NF_CONGESTION_RISK, detail);
        registry.counter(METRIC, "outcome", "denied", "cause",
                ProblemCause.NF_CONGESTION_RISK.toLowerCase(Locale.ROOT)).increment();
    }
}
