package org.edgeauth.contract.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Error body of the EDGE-6 APIs (TS 29.122 clause 5.2.1.2.12, RFC 7807), sent as {@value #MEDIA_TYPE}.
 *
 * @param type          problem type URI; absent means {@code about:blank}
 * @param title         short summary (the HTTP reason phrase)
 * @param status        HTTP status code
 * @param detail        human-readable explanation, never a stack trace
 * @param instance      URI of the request that failed
 * @param cause         machine-readable reason, one of {@link ProblemCause}
 * @param invalidParams the rejected inputs, one entry per field (400 only)
 * @param supportedFeatures TS 29.122 supported features, hex string
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemDetails(String type, String title, Integer status, String detail, String instance, String cause,
        List<InvalidParam> invalidParams, String supportedFeatures) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemDetails of(int status, String title, String cause, String detail) {
        return new ProblemDetails(null, title, status, detail, null, cause, null, null);
    }

    public ProblemDetails withInstance(String requestUri) {
        return new ProblemDetails(type, title, status, detail, requestUri, cause, invalidParams, supportedFeatures);
    }

    public ProblemDetails withInvalidParams(List<InvalidParam> params) {
        return new ProblemDetails(type, title, status, detail, instance, cause, List.copyOf(params), supportedFeatures);
    }
}
