package org.edgeauth.contract.eecs;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * TS 29.572 GeographicArea, told apart by its {@code shape} (SupportedGADShapes). EdgeAuth reads the shapes an
 * EES service area or a UE location is given in: POINT, POINT_UNCERTAINTY_CIRCLE and POLYGON. Other shapes
 * (ellipses, arcs, altitudes) are rejected as unsupported rather than stored uninterpreted.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "shape")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Point.class, name = Point.SHAPE),
        @JsonSubTypes.Type(value = PointUncertaintyCircle.class, name = PointUncertaintyCircle.SHAPE),
        @JsonSubTypes.Type(value = Polygon.class, name = Polygon.SHAPE) })
public sealed interface GeographicArea permits Point, PointUncertaintyCircle, Polygon {
}
