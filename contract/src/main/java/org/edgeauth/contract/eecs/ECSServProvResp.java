package org.edgeauth.contract.eecs;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 24.558 ECSServProvResp: the answer of target EES discovery, one entry per data network. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ECSServProvResp(List<EDNConfigInfo> ednCnfgInfo) {
}
