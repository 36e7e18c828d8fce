package org.edgeauth.ecs.discovery;

import java.util.List;

import org.edgeauth.contract.eecs.GeographicArea;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.PointUncertaintyCircle;
import org.edgeauth.contract.eecs.Polygon;

/**
 * Whether a UE location (a point, or a circle: point plus uncertainty in metres) lies inside a TS 29.572 area.
 * Distances are great-circle (haversine, mean Earth radius). Polygons are handled in a local flat projection, which
 * is exact enough for service areas of up to a few hundred kilometres; polygons crossing the antimeridian or
 * enclosing a pole are not supported.
 */
public final class GeographicContainment {

    static final double EARTH_RADIUS_M = 6_371_008.8;
    /** A POINT area covers locations within this distance: GPS-grade equality, not floating-point equality. */
    static final double POINT_TOLERANCE_M = 1.0;

    private GeographicContainment() {
    }

    /** @param radiusMeters 0 for a point location */
    public static boolean contains(GeographicArea area, GeographicalCoordinates centre, double radiusMeters) {
        if (area instanceof Point point) {
            return distanceMeters(point.point(), centre) + radiusMeters <= POINT_TOLERANCE_M;
        }
        if (area instanceof PointUncertaintyCircle circle) {
            return distanceMeters(circle.point(), centre) + radiusMeters <= circle.uncertainty();
        }
        Polygon polygon = (Polygon) area; // the only other permitted GeographicArea
        return insidePolygon(polygon.pointList(), centre)
                && (radiusMeters == 0 || distanceToBoundaryMeters(polygon.pointList(), centre) >= radiusMeters);
    }

    static double distanceMeters(GeographicalCoordinates a, GeographicalCoordinates b) {
        double lat1 = Math.toRadians(a.lat());
        double lat2 = Math.toRadians(b.lat());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Even-odd ray casting in longitude/latitude. */
    private static boolean insidePolygon(List<GeographicalCoordinates> corners, GeographicalCoordinates p) {
        boolean inside = false;
        for (int i = 0, j = corners.size() - 1; i < corners.size(); j = i++) {
            GeographicalCoordinates a = corners.get(i);
            GeographicalCoordinates b = corners.get(j);
            if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                    && p.lon() < (b.lon() - a.lon()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lon()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Shortest distance from {@code p} to the polygon's edges, in an equirectangular projection centred on p. */
    private static double distanceToBoundaryMeters(List<GeographicalCoordinates> corners, GeographicalCoordinates p) {
        double metresPerDegreeLat = Math.toRadians(EARTH_RADIUS_M);
        double metresPerDegreeLon = metresPerDegreeLat * Math.cos(Math.toRadians(p.lat()));
        double nearest = Double.MAX_VALUE;
        for (int i = 0, j = corners.size() - 1; i < corners.size(); j = i++) {
            double ax = (corners.get(j).lon() - p.lon()) * metresPerDegreeLon;
            double ay = (corners.get(j).lat() - p.lat()) * metresPerDegreeLat;
            double bx = (corners.get(i).lon() - p.lon()) * metresPerDegreeLon;
            double by = (corners.get(i).lat() - p.lat()) * metresPerDegreeLat;
            nearest = Math.min(nearest, distanceFromOriginToSegment(ax, ay, bx, by));
        }
        return nearest;
    }

    private static double distanceFromOriginToSegment(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }
}
