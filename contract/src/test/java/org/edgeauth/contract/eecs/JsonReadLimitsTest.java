package org.edgeauth.contract.eecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonReadLimitsTest {

    private final ObjectMapper json = limited();

    @Test
    void documentsWithinTheLimitsAreRead() throws Exception {
        int depth = JsonReadLimits.MAX_NESTING_DEPTH;
        String value = "\"" + "s".repeat(JsonReadLimits.MAX_STRING_LENGTH) + "\"";
        String number = "1".repeat(JsonReadLimits.MAX_NUMBER_LENGTH);
        String name = "\"" + "n".repeat(JsonReadLimits.MAX_NAME_LENGTH) + "\"";

        json.readTree("[".repeat(depth) + "]".repeat(depth));
        json.readTree("{" + name + ":" + value + ", \"n\": " + number + "}");
    }

    @Test
    void eachBoundIsEnforcedWhileParsing() {
        int depth = JsonReadLimits.MAX_NESTING_DEPTH + 1;

        assertThrows(StreamConstraintsException.class, () -> json.readTree("[".repeat(depth) + "]".repeat(depth)));
        assertThrows(StreamConstraintsException.class,
                () -> json.readTree("\"" + "s".repeat(JsonReadLimits.MAX_STRING_LENGTH + 1) + "\""));
        assertThrows(StreamConstraintsException.class,
                () -> json.readTree("1".repeat(JsonReadLimits.MAX_NUMBER_LENGTH + 1)));
        assertThrows(StreamConstraintsException.class,
                () -> json.readTree("{\"" + "n".repeat(JsonReadLimits.MAX_NAME_LENGTH + 1) + "\": 1}"));
    }

    @Test
    void deepNestingIsRefusedEvenInsideAnIgnoredAttribute() {
        ObjectMapper tolerant = limited().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        int depth = JsonReadLimits.MAX_NESTING_DEPTH + 1;

        assertThrows(StreamConstraintsException.class, () -> tolerant.readValue(
                "{\"ignored\": " + "[".repeat(depth) + "]".repeat(depth) + "}", Map.class));
    }

    /** Jackson skips an ignored attribute's string unmeasured: the request body limit bounds it instead. */
    @Test
    void aLongStringInsideAnIgnoredAttributeIsSkipped() throws Exception {
        ObjectMapper tolerant = limited().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String body = "{\"eesId\": \"e\", \"ignored\": \"" + "s".repeat(JsonReadLimits.MAX_STRING_LENGTH + 1) + "\"}";

        assertEquals("e", tolerant.readValue(body, Known.class).eesId());
    }

    private static ObjectMapper limited() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonReadLimits().customize(mapper);
        return mapper;
    }

    record Known(String eesId) {
    }
}
