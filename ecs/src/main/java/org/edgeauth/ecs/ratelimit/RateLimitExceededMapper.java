package org.edgeauth.ecs.ratelimit;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.edgeauth.contract.problem.ProblemCause;
import org.edgeauth.ecs.http.Problems;
import org.edgeauth.ecs.security.AccessLog;
import org.edgeauth.ecs.security.Denial;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

/** 429 ProblemDetails {@code NF_CONGESTION_RISK} with {@code Retry-After} (RFC 6585 4), audited like any refusal. */
public class RateLimitExceededMapper {

    private final AccessLog log;

    RateLimitExceededMapper(AccessLog log) {
        this.log = log;
    }

    @ServerExceptionMapper
    public Response limited(RateLimitExceeded e, UriInfo uri, HttpServerRequest http) {
        log.denied(e.client(), http.method().name(), uri.getPath(), Denial.RATE_LIMITED, e.getMessage());
        return Response.fromResponse(Problems.response(429, ProblemCause.NF_CONGESTION_RISK, e.getMessage(), List.of(),
                uri.getPath())).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }
}
