package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FormBodyLimitsTest {

    @Test
    void upToTheFieldLimitIsDecoded() {
        assertEquals(FormBody.MAX_FIELDS, FormBody.decode(fields(FormBody.MAX_FIELDS)).size());
    }

    @Test
    void oneFieldMoreIsInvalidRequest() {
        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> FormBody.decode(fields(FormBody.MAX_FIELDS + 1)));

        assertEquals(OAuthError.INVALID_REQUEST, refusal.error());
        assertEquals(400, refusal.status());
        assertEquals("the form has more than 32 fields", refusal.description());
    }

    @Test
    void repeatedFieldsCountToo() {
        String body = IntStream.range(0, FormBody.MAX_FIELDS + 1).mapToObj(i -> "scope=x").collect(Collectors.joining("&"));

        assertThrows(TokenRefusal.class, () -> FormBody.decode(body));
    }

    @Test
    void emptyFieldsBetweenSeparatorsAreNotFields() {
        assertEquals(1, FormBody.decode("&".repeat(10_000) + "a=1" + "&".repeat(10_000)).size());
    }

    @Test
    void aFieldAsLongAsTheLimitIsDecodedOneLongerIsRefused() {
        String atLimit = "scope=" + "s".repeat(FormBody.MAX_FIELD_LENGTH - "scope=".length());

        assertEquals(FormBody.MAX_FIELD_LENGTH - "scope=".length(), FormBody.decode(atLimit).get("scope").get(0).length());
        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> FormBody.decode(atLimit + "s"));
        assertEquals(OAuthError.INVALID_REQUEST, refusal.error());
        assertEquals("a form field is longer than 2048 characters", refusal.description());
    }

    @Test
    void theLengthIsCountedAsSentBeforeDecoding() {
        String encoded = "x=" + "%41".repeat(683); // 2051 characters sent, 683 once decoded

        assertThrows(TokenRefusal.class, () -> FormBody.decode(encoded));
    }

    private static String fields(int count) {
        return IntStream.range(0, count).mapToObj(i -> "f" + i + "=v").collect(Collectors.joining("&"));
    }
}
