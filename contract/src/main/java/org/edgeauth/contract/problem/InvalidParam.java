package org.edgeauth.contract.problem;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One rejected input (TS 29.122 clause 5.2.1.2.7 InvalidParam).
 *
 * @param param  the attribute in error: a JSON path such as {@code eesProf.endPt.fqdn} or a query parameter name
 * @param reason why it was rejected
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvalidParam(String param, String reason) {
}
