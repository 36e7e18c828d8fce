package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.571 Ncgi: NR cell global identity. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ncgi(@NotNull @Valid PlmnId plmnId, @NotNull @Pattern(regexp = Formats.NR_CELL_ID) String nrCellId,
        @Pattern(regexp = Formats.NID) String nid) {
}
