package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.558 EDNInfo: a data network the EES serves and the DNAIs it is reached through there. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EdnInfo(
        @NotNull @Size(max = Formats.DNN_MAX) @Pattern(regexp = Formats.DNN) String dnn,
        @Size(min = 1) List<@NotNull @Pattern(regexp = Formats.DNAI) String> dnais) {
}
