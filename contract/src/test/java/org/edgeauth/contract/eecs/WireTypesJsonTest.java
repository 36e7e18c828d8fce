package org.edgeauth.contract.eecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class WireTypesJsonTest {

    private static final String REGISTRATION = """
            {"eesProf": {"eesId": "ees-1.edge.test", "endPt": {"uri": "https://ees-1.edge.test:8543"},
              "easIds": ["video"], "provId": "ecsp-1", "appLocs": ["dnai-a"], "svcContSupp": ["EEC_INITIATED"],
              "eecRegConf": false, "futureAttribute": {"x": 1},
              "ednInfoSets": [{"dnn": "internet", "dnais": ["dnai-a"]}],
              "easInstInfo": [{"easId": "video", "anything": true}],
              "svcArea": {
                "topServAr": {"tais": [{"plmnId": {"mcc": "001", "mnc": "01"}, "tac": "00aB"}],
                              "ncgis": [{"plmnId": {"mcc": "001", "mnc": "01"}, "nrCellId": "000000001"}],
                              "ecgis": [{"plmnId": {"mcc": "001", "mnc": "01"}, "eutraCellId": "0000001"}],
                              "plmnIds": [{"mcc": "001", "mnc": "001"}]},
                "geoServAr": {"geoArs": [
                   {"shape": "POINT", "point": {"lon": 2.35, "lat": 48.85}},
                   {"shape": "POINT_UNCERTAINTY_CIRCLE", "point": {"lon": 2.35, "lat": 48.85}, "uncertainty": 500},
                   {"shape": "POLYGON", "pointList": [{"lon": 0, "lat": 0}, {"lon": 1, "lat": 0}, {"lon": 1, "lat": 1}]}
                ]}}},
             "expTime": "2030-01-01T10:00:00+02:00", "suppFeat": "0"}
            """;

    @Test
    void readsAllShapesAndToleratesUnknownAttributes() throws Exception {
        EESRegistration registration = WireJson.MAPPER.readValue(REGISTRATION, EESRegistration.class);

        EESProfile profile = registration.eesProf();
        assertEquals("ees-1.edge.test", profile.eesId());
        assertEquals(Instant.parse("2030-01-01T08:00:00Z"), registration.expTime());
        List<GeographicArea> areas = profile.svcArea().geoServAr().geoArs();
        assertInstanceOf(Point.class, areas.get(0));
        assertEquals(500f, ((PointUncertaintyCircle) areas.get(1)).uncertainty());
        assertEquals(3, ((Polygon) areas.get(2)).pointList().size());
        assertEquals("00aB", profile.svcArea().topServAr().tais().get(0).tac());
        assertTrue(profile.easInstInfo().get(0).get("anything").asBoolean());
    }

    @Test
    void writesExactFieldNamesWithoutNulls() throws Exception {
        EESRegistration registration = WireJson.MAPPER.readValue(REGISTRATION, EESRegistration.class);

        JsonNode written = WireJson.MAPPER.valueToTree(registration);

        JsonNode profile = written.get("eesProf");
        assertFalse(profile.has("futureAttribute"), "unknown attributes are not kept");
        assertFalse(profile.has("easBdlInfos"), "nulls are not written");
        assertFalse(profile.get("endPt").has("fqdn"));
        assertEquals("POINT_UNCERTAINTY_CIRCLE", profile.at("/svcArea/geoServAr/geoArs/1/shape").asText());
        assertEquals("POLYGON", profile.at("/svcArea/geoServAr/geoArs/2/shape").asText());
        assertEquals("000000001", profile.at("/svcArea/topServAr/ncgis/0/nrCellId").asText());
        assertEquals("2030-01-01T08:00:00Z", written.get("expTime").asText());
        assertEquals(registration, WireJson.MAPPER.treeToValue(written, EESRegistration.class));
    }

    @Test
    void locationAreaKeepsRanNodeIdsUnderTheirSpecName() throws Exception {
        String json = """
                {"nwAreaInfo": {"gRanNodeIds": [{"plmnId": {"mcc": "001", "mnc": "01"}, "gNbId": {"bitLength": 22,
                 "gNBValue": "000001"}}], "tais": [{"plmnId": {"mcc": "001", "mnc": "01"}, "tac": "0001"}]},
                 "geographicAreas": [{"shape": "POINT", "point": {"lon": 1.0, "lat": 2.0}}]}
                """;

        LocationArea5G area = WireJson.MAPPER.readValue(json, LocationArea5G.class);

        assertEquals(1, area.nwAreaInfo().gRanNodeIds().size());
        assertTrue(WireJson.MAPPER.valueToTree(area).at("/nwAreaInfo/gRanNodeIds/0/gNbId").isObject());
    }

    @Test
    void unsupportedShapeIsRejected() {
        String json = """
                {"geographicAreas": [{"shape": "ELLIPSOID_ARC", "point": {"lon": 1.0, "lat": 2.0}}]}
                """;

        assertThrows(InvalidTypeIdException.class, () -> WireJson.MAPPER.readValue(json, LocationArea5G.class));
    }

    @Test
    void mergePatchKeepsExplicitNulls() throws Exception {
        String json = "{\"expTime\": null, \"eesProf\": {\"svcArea\": null, \"appLocs\": [\"dnai-b\"]}}";

        EESRegistrationPatch patch = WireJson.MAPPER.readValue(json, EESRegistrationPatch.class);

        ObjectNode document = patch.document();
        assertTrue(document.get("expTime").isNull());
        assertTrue(document.at("/eesProf/svcArea").isNull());
        assertEquals(WireJson.MAPPER.readTree(json), WireJson.MAPPER.valueToTree(patch));
    }

    @Test
    void expTimePatchCarriesOnlyTheExpiry() {
        EESRegistrationPatch patch = EESRegistrationPatch.expTime(Instant.parse("2030-01-01T00:00:00Z"));

        assertEquals("{\"expTime\":\"2030-01-01T00:00:00Z\"}", patch.document().toString());
    }

    @Test
    void patchDocumentCannotBeChangedFromOutside() {
        EESRegistrationPatch patch = EESRegistrationPatch.expTime(Instant.parse("2030-01-01T00:00:00Z"));

        patch.document().putNull("expTime");

        assertEquals("2030-01-01T00:00:00Z", patch.document().get("expTime").asText());
    }
}
