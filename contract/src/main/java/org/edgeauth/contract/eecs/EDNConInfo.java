package org.edgeauth.contract.eecs;


import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 24.558 EDNConInfo: the data network (DNN, slice, topological area) a group of EESs is reached in. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EDNConInfo(String dnn, Snssai snssai, LocationArea5G ednTopoSrvArea) {
}
