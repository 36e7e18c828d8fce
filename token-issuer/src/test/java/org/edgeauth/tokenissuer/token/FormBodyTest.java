package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormBodyTest {

    @Test
    void decodesPercentAndPlusEncodingAsUtf8KeepingRepeatsAndOrder() {
        Map<String, List<String>> fields = FormBody.decode(
                "scope=eecs-eesregistration+eecs-targeteesdiscovery&requesterPlmn=%7B%22mcc%22%3A%22001%22%7D"
                        + "&x=%C3%A9&scope=again&flag&empty=&&");

        assertEquals(List.of("scope", "requesterPlmn", "x", "flag", "empty"), List.copyOf(fields.keySet()));
        assertEquals(List.of("eecs-eesregistration eecs-targeteesdiscovery", "again"), fields.get("scope"));
        assertEquals(List.of("{\"mcc\":\"001\"}"), fields.get("requesterPlmn"));
        assertEquals(List.of("é"), fields.get("x"));
        assertEquals(List.of(""), fields.get("flag"));
        assertEquals(List.of(""), fields.get("empty"));
    }

    @Test
    void anEmptyBodyHasNoFields() {
        assertEquals(Map.of(), FormBody.decode(""));
        assertEquals(Map.of(), FormBody.decode(null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "scope=%zz", "scope=%4", "%=x" })
    void malformedPercentEncodingIsInvalidRequest(String body) {
        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> FormBody.decode(body));

        assertEquals(OAuthError.INVALID_REQUEST, refusal.error());
    }
}
