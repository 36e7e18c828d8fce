package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.572 PointUncertaintyCircle: a centre and an uncertainty radius in metres. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PointUncertaintyCircle(@NotNull @Valid GeographicalCoordinates point,
        @NotNull @PositiveOrZero Float uncertainty) implements GeographicArea {

    public static final String SHAPE = "POINT_UNCERTAINTY_CIRCLE";
}
