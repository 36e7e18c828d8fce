package org.edgeauth.contract.eecs;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** TS 29.572 Polygon: 3 to 15 corners, in order. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Polygon(@NotNull @Size(min = 3, max = 15) List<@NotNull @Valid GeographicalCoordinates> pointList)
        implements GeographicArea {

    public static final String SHAPE = "POLYGON";
}
