package org.edgeauth.ecs.security;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.edgeauth.ecs.http.Problems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.vertx.core.http.HttpServerRequest;

/** Turns every refusal into its ProblemDetails and challenge, and logs it: one place for all of them. */
public class AccessDeniedMapper {

    private final AccessLog log;
    private final CurrentCaller current;

    AccessDeniedMapper(AccessLog log, CurrentCaller current) {
        this.log = log;
        this.current = current;
    }

    @ServerExceptionMapper
    public Response denied(AccessDeniedException e, UriInfo uri, HttpServerRequest http) {
        Denial denial = e.denial();
        log.denied(current.presentedLabel().orElse("unidentified"), http.method().name(), uri.getPath(), denial,
                e.getMessage());
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(denial.status(), denial.cause(),
                e.getMessage(), List.of(), uri.getPath()));
        if (e.challenge() != null) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, e.challenge());
        }
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return response.build();
    }
}
