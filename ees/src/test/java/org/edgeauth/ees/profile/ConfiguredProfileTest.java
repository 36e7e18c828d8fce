package org.edgeauth.ees.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edgeauth.contract.eecs.EESProfile;
import org.edgeauth.contract.eecs.EdnInfo;
import org.edgeauth.contract.eecs.EndPoint;
import org.edgeauth.contract.eecs.GeographicalCoordinates;
import org.edgeauth.contract.eecs.Point;
import org.edgeauth.contract.eecs.PointUncertaintyCircle;
import org.edgeauth.contract.eecs.Polygon;
import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.eecs.PlmnId;
import org.edgeauth.ees.config.EesConfig;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** From {@code edgeauth.ees.profile.*} properties to the EESProfile on the wire. */
class ConfiguredProfileTest {

    private static final String P = "edgeauth.ees.profile.";

    @Test
    void aMinimalProfileLeavesEverythingElseAbsent() {
        EESProfile profile = profile(Map.of(P + "end-point.uri", "https://ees-1.edge.test:8543"));

        assertEquals(new EESProfile("ees-1.edge.test", EndPoint.ofUri("https://ees-1.edge.test:8543"), null, null,
                null, null, null, false, null, null, null, null), profile);
    }

    @Test
    void aFullProfile() {
        Map<String, String> properties = new HashMap<>();
        properties.put(P + "end-point.fqdn", "ees-1.edge.test");
        properties.put(P + "eas-ids", "demo-eas,video");
        properties.put(P + "prov-id", "demo-ecsp");
        properties.put(P + "app-locs", "dnai-west,dnai-2");
        properties.put(P + "svc-cont-supp", "EEC_INITIATED");
        properties.put(P + "eec-reg-conf", "true");
        properties.put(P + "edn-info-sets.internet.dnn", "internet");
        properties.put(P + "edn-info-sets.internet.dnais", "dnai-west");
        properties.put(P + "edn-info-sets.ims.dnn", "ims");
        properties.put(P + "svc-area.tais", "001-01-000001, 001-01-00ab");
        properties.put(P + "svc-area.ncgis", "001-01-000000001");
        properties.put(P + "svc-area.ecgis", "001-01-0000001");
        properties.put(P + "svc-area.plmn-ids", "001-01");
        properties.put(P + "svc-area.geo-areas.a-point.lon", "2.5");
        properties.put(P + "svc-area.geo-areas.a-point.lat", "48.5");
        properties.put(P + "svc-area.geo-areas.b-circle.lon", "2.3");
        properties.put(P + "svc-area.geo-areas.b-circle.lat", "48.8");
        properties.put(P + "svc-area.geo-areas.b-circle.uncertainty", "2000");
        properties.put(P + "svc-area.geo-areas.c-polygon.corners", "2.0 48.0,2.1 48.0, 2.1 48.1");

        EESProfile profile = profile(properties);

        assertEquals(EndPoint.ofFqdn("ees-1.edge.test"), profile.endPt());
        assertEquals(List.of("demo-eas", "video"), profile.easIds());
        assertEquals("demo-ecsp", profile.provId());
        assertEquals(List.of("dnai-west", "dnai-2"), profile.appLocs());
        assertEquals(List.of("EEC_INITIATED"), profile.svcContSupp());
        assertTrue(profile.eecRegConf());
        assertEquals(List.of(new EdnInfo("ims", null), new EdnInfo("internet", List.of("dnai-west"))),
                profile.ednInfoSets());
        PlmnId plmn = new PlmnId("001", "01");
        assertEquals(List.of(new Tai(plmn, "000001", null), new Tai(plmn, "00ab", null)),
                profile.svcArea().topServAr().tais());
        assertEquals("000000001", profile.svcArea().topServAr().ncgis().get(0).nrCellId());
        assertEquals("0000001", profile.svcArea().topServAr().ecgis().get(0).eutraCellId());
        assertEquals(List.of(plmn), profile.svcArea().topServAr().plmnIds());
        var areas = profile.svcArea().geoServAr().geoArs();
        assertEquals(new Point(new GeographicalCoordinates(2.5, 48.5)), areas.get(0));
        assertEquals(new PointUncertaintyCircle(new GeographicalCoordinates(2.3, 48.8), 2000f), areas.get(1));
        assertEquals(List.of(new GeographicalCoordinates(2.0, 48.0), new GeographicalCoordinates(2.1, 48.0),
                new GeographicalCoordinates(2.1, 48.1)), assertInstanceOf(Polygon.class, areas.get(2)).pointList());
    }

    @Test
    void onlyAGeographicArea() {
        EESProfile profile = profile(Map.of(P + "end-point.uri", "https://e:1",
                P + "svc-area.geo-areas.x.lon", "1", P + "svc-area.geo-areas.x.lat", "2"));

        assertNull(profile.svcArea().topServAr());
        assertEquals(1, profile.svcArea().geoServAr().geoArs().size());
    }

    @Test
    void malformedAreaNotationNamesTheKey() {
        IllegalArgumentException tai = assertThrows(IllegalArgumentException.class,
                () -> profile(Map.of(P + "end-point.uri", "https://e:1", P + "svc-area.tais", "001-01")));
        IllegalArgumentException corner = assertThrows(IllegalArgumentException.class, () -> profile(Map.of(
                P + "end-point.uri", "https://e:1", P + "svc-area.geo-areas.x.corners", "2.0;48.0,1 1,2 2")));
        IllegalArgumentException half = assertThrows(IllegalArgumentException.class, () -> profile(Map.of(
                P + "end-point.uri", "https://e:1", P + "svc-area.geo-areas.x.lon", "2.0")));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> profile(Map.of(
                P + "end-point.uri", "https://e:1", P + "svc-area.geo-areas.x.lon", "2.0",
                P + "svc-area.geo-areas.x.corners", "1 1,2 2,3 3")));

        assertEquals("edgeauth.ees.profile.svc-area.tais: '001-01' is not MCC-MNC-TAC", tai.getMessage());
        assertTrue(corner.getMessage().startsWith("edgeauth.ees.profile.svc-area.geo-areas.x.corners: "),
                corner.getMessage());
        assertTrue(half.getMessage().startsWith("edgeauth.ees.profile.svc-area.geo-areas.x: "), half.getMessage());
        assertTrue(both.getMessage().startsWith("edgeauth.ees.profile.svc-area.geo-areas.x: "), both.getMessage());
    }

    static EESProfile profile(Map<String, String> properties) {
        return ConfiguredProfile.of(config(properties).profile());
    }

    static EesConfig config(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.putIfAbsent("edgeauth.ees.instance-id", "65eae1a6-6b70-4041-9b24-7f805331fb0a");
        all.putIfAbsent(P + "ees-id", "ees-1.edge.test");
        all.putIfAbsent("edgeauth.ees.ecs-url", "https://localhost:8443");
        all.putIfAbsent("edgeauth.ees.token-url", "https://localhost:8643/oauth2/token");
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(all, "test", 100))
                .withMapping(EesConfig.class)
                .build()
                .getConfigMapping(EesConfig.class);
    }
}
