package org.edgeauth.ecs.discovery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.edgeauth.contract.eecs.Ecgi;
import org.edgeauth.contract.eecs.GeographicArea;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.GeographicalServiceArea;
import org.edgeauth.contract.eecs.LocationArea5G;
import org.edgeauth.contract.eecs.Ncgi;
import org.edgeauth.contract.eecs.NetworkAreaInfo;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.PointUncertaintyCircle;
import org.edgeauth.contract.eecs.Polygon;
import org.edgeauth.contract.eecs.ServiceArea;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.eecs.TopologicalServiceArea;
import org.junit.jupiter.api.Test;

class ServiceAreaCoverageTest {

    private static final PlmnId HOME = new PlmnId("001", "01");
    private static final PlmnId OTHER = new PlmnId("999", "99");
    private static final GeographicalCoordinates CENTRE = new GeographicalCoordinates(2.35, 48.85);

    private static final ServiceArea TOPOLOGICAL = new ServiceArea(new TopologicalServiceArea(
            List.of(new Ecgi(HOME, "000000A", null)), List.of(new Ncgi(HOME, "00000000b", null)),
            List.of(new Tai(HOME, "00aB", null)), null), null);

    @Test
    void listedTrackingAreaOrCellIsCoveredWhateverTheHexCase() {
        assertTrue(ServiceAreaCoverage.covers(TOPOLOGICAL, network(List.of(new Tai(HOME, "00AB", null)), null, null)));
        assertTrue(ServiceAreaCoverage.covers(TOPOLOGICAL, network(null, List.of(new Ncgi(HOME, "00000000B", null)), null)));
        assertTrue(ServiceAreaCoverage.covers(TOPOLOGICAL, network(null, null, List.of(new Ecgi(HOME, "000000a", null)))));
    }

    @Test
    void otherTrackingAreasCellsAndNetworksAreNot() {
        assertFalse(ServiceAreaCoverage.covers(TOPOLOGICAL, network(List.of(new Tai(HOME, "00ac", null)), null, null)));
        assertFalse(ServiceAreaCoverage.covers(TOPOLOGICAL, network(List.of(new Tai(OTHER, "00ab", null)), null, null)));
        assertFalse(ServiceAreaCoverage.covers(TOPOLOGICAL, network(List.of(new Tai(HOME, "00ab", "0000000000a")),
                null, null)));
    }

    @Test
    void aListedPlmnCoversAllItsCells() {
        ServiceArea wholePlmn = new ServiceArea(new TopologicalServiceArea(null, null, null, List.of(OTHER)), null);

        assertTrue(ServiceAreaCoverage.covers(wholePlmn, network(null, List.of(new Ncgi(OTHER, "123456789", null)), null)));
        assertFalse(ServiceAreaCoverage.covers(wholePlmn, network(null, List.of(new Ncgi(HOME, "123456789", null)), null)));
    }

    @Test
    void pointsAndCirclesInsideAGeographicAreaAreCovered() {
        ServiceArea circle = new ServiceArea(null, new GeographicalServiceArea(
                List.of(new PointUncertaintyCircle(CENTRE, 2_000f)), null));

        assertTrue(ServiceAreaCoverage.covers(circle, geographic(new Point(CENTRE))));
        assertTrue(ServiceAreaCoverage.covers(circle, geographic(new PointUncertaintyCircle(CENTRE, 1_000f))));
        assertFalse(ServiceAreaCoverage.covers(circle, geographic(new PointUncertaintyCircle(CENTRE, 3_000f))));
        assertFalse(ServiceAreaCoverage.covers(circle,
                geographic(new Point(new GeographicalCoordinates(2.35, 49.85)))));
    }

    @Test
    void anyOneLocationElementSuffices() {
        LocationArea5G ue = new LocationArea5G(List.of(new Point(new GeographicalCoordinates(0.0, 0.0))), null,
                new NetworkAreaInfo(null, null, null, List.of(new Tai(HOME, "00ab", null))));

        assertTrue(ServiceAreaCoverage.covers(TOPOLOGICAL, ue));
    }

    @Test
    void noServiceAreaCoversNothingAndUePolygonsAreNotMatched() {
        LocationArea5G polygon = geographic(new Polygon(List.of(CENTRE, CENTRE, CENTRE)));
        ServiceArea everywhere = new ServiceArea(null, new GeographicalServiceArea(
                List.of(new PointUncertaintyCircle(CENTRE, 1e7f)), null));

        assertFalse(ServiceAreaCoverage.covers(null, geographic(new Point(CENTRE))));
        assertFalse(ServiceAreaCoverage.covers(everywhere, polygon));
        assertFalse(ServiceAreaCoverage.covers(TOPOLOGICAL, new LocationArea5G(null, null, null)));
    }

    private static LocationArea5G network(List<Tai> tais, List<Ncgi> ncgis, List<Ecgi> ecgis) {
        return new LocationArea5G(null, null, new NetworkAreaInfo(ecgis, ncgis, null, tais));
    }

    private static LocationArea5G geographic(GeographicArea area) {
        return new LocationArea5G(List.of(area), null, null);
    }
}
