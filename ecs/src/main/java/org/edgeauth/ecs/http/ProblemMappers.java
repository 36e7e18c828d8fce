package org.edgeauth.ecs.http;

import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.edgeauth.contract.problem.ProblemException;
import org.edgeauth.contract.problem.ProblemCause;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Every failure leaves as ProblemDetails ({@code application/problem+json}) with a machine-readable cause; bad
 * input names each field in {@code invalidParams}; nothing ever answers with a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A violation on a resource method parameter has the method and parameter as its first path nodes. */
    private static final int METHOD_AND_PARAMETER = 2;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.status(), e.cause(), e.getMessage(), e.invalidParams(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        return Problems.response(400, ProblemCause.INVALID_REQUEST, "the request has invalid parameters",
                InvalidParams.of(e.getConstraintViolations(), METHOD_AND_PARAMETER, InvalidParams.BODY), uri.getPath());
    }

    /** JSON that is well formed but does not fit the type: wrong value type, bad date-time, unknown shape. */
    @ServerExceptionMapper
    public Response mismatchedBody(MismatchedInputException e, UriInfo uri) {
        return Problems.response(400, ProblemCause.INVALID_REQUEST, "the request body does not fit its schema",
                List.of(InvalidParams.of(e, InvalidParams.BODY)), uri.getPath());
    }

    /** Errors RESTEasy Reactive raises itself: unknown path, method, media types, malformed JSON. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 400 -> Problems.response(400, ProblemCause.INVALID_REQUEST,
                    jsonLimitDetail(e).orElse(e.getCause() instanceof JsonProcessingException
                            ? "the request body is not well-formed JSON" : "bad request"),
                    List.of(), uri.getPath());
            case 404 -> Problems.response(404, ProblemCause.RESOURCE_NOT_FOUND, "no such resource", List.of(),
                    uri.getPath());
            case 405 -> Problems.response(405, ProblemCause.METHOD_NOT_ALLOWED, "method not allowed here", List.of(),
                    uri.getPath());
            case 406 -> Problems.response(406, ProblemCause.NOT_ACCEPTABLE, "responses are application/json",
                    List.of(), uri.getPath());
            case 413 -> Problems.response(413, ProblemCause.PAYLOAD_TOO_LARGE, "request body too large", List.of(),
                    uri.getPath());
            case 415 -> Problems.response(415, ProblemCause.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported request content type", List.of(), uri.getPath());
            default -> Problems.response(status, status >= 500 ? ProblemCause.SYSTEM_FAILURE
                    : ProblemCause.INVALID_REQUEST, e.getMessage(), List.of(), uri.getPath());
        };
    }

    /**
     * When the body broke a bound of {@code JsonReadLimits} (contract; Jackson wraps the parser's
     * exception in mapping exceptions): Jackson's own words, which quote sizes and never the input ("Document nesting
     * depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`)"), without the
     * Java reference.
     */
    private static Optional<String> jsonLimitDetail(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException overLimit) {
                String message = overLimit.getOriginalMessage().replaceFirst(", from `[^`]*`", "")
                        .replaceFirst("^Document ", "");
                return Optional.of(Character.toLowerCase(message.charAt(0)) + message.substring(1));
            }
        }
        return Optional.empty();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return Problems.response(500, ProblemCause.SYSTEM_FAILURE, "internal error", List.of(), uri.getPath());
    }
}
