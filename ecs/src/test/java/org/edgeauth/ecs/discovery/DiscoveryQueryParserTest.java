package org.edgeauth.ecs.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Validation;

import org.edgeauth.contract.eecs.Tai;
import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.contract.problem.ProblemException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

class DiscoveryQueryParserTest {

    private final DiscoveryQueryParser parser = new DiscoveryQueryParser(
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory().getValidator());

    @Test
    void parsesAFullQuery() {
        DiscoveryQuery query = parser.parse(new RawDiscoveryQuery("ees-1.edge.test", "video", "dnai-1",
                "msisdn-33612345678",
                "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"0001\"}]}}",
                List.of("EEC_INITIATED"), List.of("SOURCE_EAS_DECIDED"), "bundle-1", "TYPE_A", "true", "group-1"));

        assertEquals("ees-1.edge.test", query.eesId());
        assertEquals("video", query.easId());
        assertEquals(Optional.of("dnai-1"), query.targetDnai());
        Tai tai = query.ueLocation().orElseThrow().nwAreaInfo().tais().get(0);
        assertEquals("0001", tai.tac());
    }

    @Test
    void onlyEesIdAndEasIdAreRequired() {
        DiscoveryQuery query = parser.parse(raw("ees-1.edge.test", "video", null, null, null));

        assertTrue(query.targetDnai().isEmpty());
        assertTrue(query.ueLocation().isEmpty());
    }

    @Test
    void reportsEveryBadParameterByItsName() {
        ProblemException refused = assertThrows(ProblemException.class, () -> parser.parse(new RawDiscoveryQuery(
                "not an fqdn", null, "bad dnai!", "nobody", null, List.of(" "), List.of(), null, null, "yes", "")));

        assertEquals(400, refused.status());
        assertEquals(List.of("ees-id", "eas-id", "target-dnai", "ue-id", "eec-srv-cont-supp", "app-grp-id", "ens-ind"),
                refused.invalidParams().stream().map(InvalidParam::param).toList());
    }

    @Test
    void namesTheFieldInsideUeLocation() {
        assertEquals(List.of("ue-location"), params(raw("ees-1.edge.test", "video", null, "{not json", null)));
        assertEquals(List.of("ue-location"), params(raw("ees-1.edge.test", "video", null, "null", null)));
        assertEquals(List.of("ue-location.nwAreaInfo.tais[0].tac"), params(raw("ees-1.edge.test", "video", null,
                "{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"xyz\"}]}}", null)));
        assertEquals(List.of("ue-location.geographicAreas[0]"), params(raw("ees-1.edge.test", "video", null,
                "{\"geographicAreas\":[{\"shape\":\"ELLIPSOID_ARC\"}]}", null)));
        assertEquals(List.of("ue-location.geographicAreas[0].point.lat"), params(raw("ees-1.edge.test", "video",
                null, "{\"geographicAreas\":[{\"shape\":\"POINT\",\"point\":{\"lon\":1,\"lat\":95}}]}", null)));
    }

    private List<String> params(RawDiscoveryQuery raw) {
        return assertThrows(ProblemException.class, () -> parser.parse(raw)).invalidParams().stream()
                .map(InvalidParam::param).toList();
    }

    private static RawDiscoveryQuery raw(String eesId, String easId, String dnai, String location, String ensInd) {
        return new RawDiscoveryQuery(eesId, easId, dnai, null, location, List.of(), List.of(), null, null, ensInd, null);
    }
}
