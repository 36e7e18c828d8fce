package org.edgeauth.ees.http;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.contract.problem.ProblemDetails;
import org.edgeauth.contract.ratelimit.RefusalLogSampler;
import org.edgeauth.ees.config.EesConfig;
import org.edgeauth.ees.ecs.EcsException;
import org.edgeauth.ees.ecs.EcsUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of the EES's own API leaves as ProblemDetails with a machine-readable cause, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /**
     * Bound on the operations the deferral lines are sampled by: this EES's API has one path that calls the ECS
     * (discovery); the bound only caps what odd spellings of a path could add.
     */
    private static final int MAX_OPERATIONS = 64;
    /** What the deferral lines left out were, in the note of the next line written. */
    private static final String SIMILAR = "deferrals of this operation";

    private final Duration maxRetryAfter;
    /** Keyed by the request path: the operation the ECS deferred. One mapper bean serves every request. */
    private final RefusalLogSampler deferralLines;

    ProblemMappers(EesConfig config) {
        this.maxRetryAfter = config.ecs().maxRetryAfter();
        this.deferralLines = new RefusalLogSampler(config.ecs().deferralLogInterval(), MAX_OPERATIONS,
                System::nanoTime, ProblemMappers::deferralsNotLogged);
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.status(), e.cause(), e.getMessage(), e.invalidParams(), uri.getPath());
    }

    /**
     * The ECS's Retry-After (bounded) goes to the caller: it is the one to wait, this EES does not retry for it. The
     * deferral is logged at most once an interval per operation (contract {@link RefusalLogSampler}); the metric
     * {@code edgeauth_ees_ecs_deferrals_total} counts every one.
     */
    @ServerExceptionMapper
    public Response ecs(EcsException e, UriInfo uri) {
        String operation = uri.getPath();
        ProblemDetails problem = EcsFailureProblems.of(e, operation);
        Optional<Long> retryAfter = EcsFailureProblems.retryAfterSeconds(e, maxRetryAfter);
        if (retryAfter.isEmpty()) {
            return Problems.response(problem);
        }
        deferralLines.sample(operation).ifPresent(suppressed -> deferralLine(suppressed,
                "%s deferred by the ECS: %s; the caller is told Retry-After %d s%s", operation, e.getMessage(),
                retryAfter.get(), RefusalLogSampler.leftOutNote(suppressed, SIMILAR)));
        return Problems.builder(problem).header(HttpHeaders.RETRY_AFTER, retryAfter.get()).build();
    }

    /** The last deferrals of an operation the sampler forgot before another line of it was due. */
    private static void deferralsNotLogged(String operation, long suppressed) {
        deferralLine(suppressed, "%s deferred by the ECS: %d similar %s not logged since its last line", operation,
                suppressed, SIMILAR);
    }

    private static void deferralLine(long suppressed, String format, Object... params) {
        if (suppressed > 0) {
            MDC.put(RefusalLogSampler.SUPPRESSED_FIELD, Long.toString(suppressed));
        }
        try {
            LOG.infof(format, params);
        } finally {
            MDC.remove(RefusalLogSampler.SUPPRESSED_FIELD);
        }
    }

    @ServerExceptionMapper
    public Response ecsTimeout(TimeoutException e, UriInfo uri) {
        return Problems.response(504, EcsUnavailableException.ECS_UNAVAILABLE, "the ECS did not answer in time",
                List.of(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response ecsCircuitOpen(CircuitBreakerOpenException e, UriInfo uri) {
        return Problems.response(503, EcsUnavailableException.ECS_UNAVAILABLE,
                "the ECS keeps failing; calls to it are paused for a while", List.of(), uri.getPath());
    }

    /** Errors RESTEasy Reactive raises itself: unknown path or method, unacceptable media type. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String cause = switch (status) {
            case 404 -> ProblemCause.RESOURCE_NOT_FOUND;
            case 405 -> ProblemCause.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCause.NOT_ACCEPTABLE;
            case 415 -> ProblemCause.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemCause.SYSTEM_FAILURE : ProblemCause.INVALID_REQUEST;
        };
        return Problems.response(status, cause, Problems.reasonPhrase(status), List.of(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return Problems.response(500, ProblemCause.SYSTEM_FAILURE, "internal error", List.of(), uri.getPath());
    }
}
