package org.edgeauth.contract.eecs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.572 Point: {@code {"shape": "POINT", "point": {"lon": .., "lat": ..}}}. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Point(@NotNull @Valid GeographicalCoordinates point) implements GeographicArea {

    public static final String SHAPE = "POINT";
}
