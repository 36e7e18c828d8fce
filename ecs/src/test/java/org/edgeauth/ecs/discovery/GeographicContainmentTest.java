package org.edgeauth.ecs.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.PointUncertaintyCircle;
import org.edgeauth.contract.eecs.Polygon;
import org.junit.jupiter.api.Test;

class GeographicContainmentTest {

    private static final GeographicalCoordinates PARIS = at(48.8566, 2.3522);
    /** A 0.2 x 0.2 degree square around Paris: ~22 km north-south, ~15 km east-west. */
    private static final Polygon SQUARE = new Polygon(List.of(at(48.7566, 2.2522), at(48.7566, 2.4522),
            at(48.9566, 2.4522), at(48.9566, 2.2522)));

    @Test
    void distanceIsGreatCircle() {
        // Paris - London, about 343.5 km
        assertEquals(343_500, GeographicContainment.distanceMeters(PARIS, at(51.5074, -0.1278)), 1_500);
        // one degree of latitude, about 111.2 km
        assertEquals(111_195, GeographicContainment.distanceMeters(at(0, 0), at(1, 0)), 10);
    }

    @Test
    void pointAreaCoversOnlyItself() {
        Point area = new Point(PARIS);

        assertTrue(GeographicContainment.contains(area, PARIS, 0));
        assertFalse(GeographicContainment.contains(area, at(48.8567, 2.3522), 0)); // ~11 m away
        assertFalse(GeographicContainment.contains(area, PARIS, 50));
    }

    @Test
    void circleContainsPointsAndSmallerCircles() {
        PointUncertaintyCircle area = new PointUncertaintyCircle(PARIS, 5_000f);
        GeographicalCoordinates threeKmNorth = at(48.8566 + 3_000 / 111_195.0, 2.3522);

        assertTrue(GeographicContainment.contains(area, threeKmNorth, 0));
        assertTrue(GeographicContainment.contains(area, threeKmNorth, 1_900));
        assertFalse(GeographicContainment.contains(area, threeKmNorth, 2_100));
        assertFalse(GeographicContainment.contains(area, at(48.8566 + 6_000 / 111_195.0, 2.3522), 0));
    }

    @Test
    void polygonContainsInnerPointsAndCirclesClearOfItsEdges() {
        assertTrue(GeographicContainment.contains(SQUARE, PARIS, 0));
        assertTrue(GeographicContainment.contains(SQUARE, PARIS, 5_000));
        assertFalse(GeographicContainment.contains(SQUARE, PARIS, 9_000)); // east-west half-width is ~7.3 km
        assertFalse(GeographicContainment.contains(SQUARE, at(49.5, 2.3522), 0));
        assertFalse(GeographicContainment.contains(SQUARE, at(48.8566, 2.5), 0));
    }

    @Test
    void concavePolygonExcludesItsNotch() {
        // A "U": the notch between the arms is outside.
        Polygon u = new Polygon(List.of(at(0, 0), at(0, 3), at(3, 3), at(3, 2), at(1, 2), at(1, 1), at(3, 1),
                at(3, 0)));

        assertTrue(GeographicContainment.contains(u, at(2, 0.5), 0));
        assertFalse(GeographicContainment.contains(u, at(2, 1.5), 0));
    }

    private static GeographicalCoordinates at(double lat, double lon) {
        return new GeographicalCoordinates(lon, lat);
    }
}
