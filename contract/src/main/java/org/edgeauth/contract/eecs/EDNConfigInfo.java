package org.edgeauth.contract.eecs;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * TS 24.558 EDNConfigInfo: the EESs of one data network.
 *
 * @param lifeTime until when this information is valid (a DateTime)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EDNConfigInfo(EDNConInfo ednConInfo, List<EESInfo> eess, Instant lifeTime) {
}
