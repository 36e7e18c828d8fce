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
import org.edgeauth.ees.config.EesConfig;
import org.edgeauth.ees.ecs.EcsException;
import org.edgeauth.ees.ecs.EcsUnavailableException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of the EES's own API leaves as ProblemDetails with a machine-readable cause, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Duration maxRetryAfter;

    ProblemMappers(EesConfig config) {
        this.maxRetryAfter = config.ecs().maxRetryAfter();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.status(), e.cause(), e.getMessage(), e.invalidParams(), uri.getPath());
    }

    /** The ECS's Retry-After (bounded) goes to the caller: it is the one to wait, this EES does not retry for it. */
    @ServerExceptionMapper
    public Response ecs(EcsException e, UriInfo uri) {
        ProblemDetails problem = EcsFailureProblems.of(e, uri.getPath());
        Optional<Long> retryAfter = EcsFailureProblems.retryAfterSeconds(e, maxRetryAfter);
        if (retryAfter.isEmpty()) {
            return Problems.response(problem);
        }
        LOG.infof("%s deferred by the ECS: %s; the caller is told Retry-After %d s", uri.getPath(), e.getMessage(),
                retryAfter.get());
        return Problems.builder(problem).header(HttpHeaders.RETRY_AFTER, retryAfter.get()).build();
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
