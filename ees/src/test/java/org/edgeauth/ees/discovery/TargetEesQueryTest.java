package org.edgeauth.ees.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.edgeauth.contract.problem.InvalidParam;
import org.edgeauth.contract.problem.ProblemException;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class TargetEesQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void passesTheQueryOn() {
        TargetEesQuery query = TargetEesQuery.of("demo-eas", "dnai-east",
                "{ \"nwAreaInfo\": { \"tais\": [ { \"plmnId\": { \"mcc\": \"001\", \"mnc\": \"01\" },"
                        + " \"tac\": \"000002\" } ] } }",
                JSON);

        assertEquals("demo-eas", query.easId());
        assertEquals("dnai-east", query.targetDnai());
        assertEquals("{\"nwAreaInfo\":{\"tais\":[{\"plmnId\":{\"mcc\":\"001\",\"mnc\":\"01\"},\"tac\":\"000002\"}]}}",
                query.ueLocation());
    }

    @Test
    void optionalPartsMayBeAbsent() {
        TargetEesQuery query = TargetEesQuery.of("demo-eas", "", null, JSON);

        assertNull(query.targetDnai());
        assertNull(query.ueLocation());
    }

    @Test
    void theEasIdIsRequired() {
        ProblemException refused = assertThrows(ProblemException.class, () -> TargetEesQuery.of(" ", null, null, JSON));

        assertEquals(400, refused.status());
        assertEquals(new InvalidParam("eas-id", "required"), refused.invalidParams().get(0));
    }

    @Test
    void theUeLocationMustBeALocationArea5G() {
        ProblemException notJson = assertThrows(ProblemException.class,
                () -> TargetEesQuery.of("demo-eas", null, "{tais:", JSON));
        ProblemException unknownShape = assertThrows(ProblemException.class, () -> TargetEesQuery.of("demo-eas",
                null, "{\"geographicAreas\":[{\"shape\":\"ELLIPSOID_ARC\"}]}", JSON));

        assertEquals("ue-location", notJson.invalidParams().get(0).param());
        assertEquals("ue-location", unknownShape.invalidParams().get(0).param());
    }
}
