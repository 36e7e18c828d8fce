package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.571 Ecgi: E-UTRA cell global identity. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ecgi(@NotNull @Valid PlmnId plmnId, @NotNull @Pattern(regexp = Formats.EUTRA_CELL_ID) String eutraCellId,
        @Pattern(regexp = Formats.NID) String nid) {
}
