package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenRequestParserTest {

    private static final UUID ID = UUID.fromString("3f2b8c1e-5d4a-4e6f-8a9b-0c1d2e3f4a5b");

    @Test
    void readsEveryFieldItActsOn() {
        UUID target = UUID.randomUUID();
        Map<String, List<String>> form = valid();
        form.put("scope", List.of("eecs-eesregistration eecs-targeteesdiscovery eecs-eesregistration"));
        form.put("nfType", List.of("EES"));
        form.put("targetNfType", List.of("ECS"));
        form.put("targetNfInstanceId", List.of(target.toString().toUpperCase()));
        form.put("requesterFqdn", List.of("ees-1.edge.test"));
        form.put("requesterPlmn", List.of("{\"mcc\":\"001\",\"mnc\":\"01\"}"));
        form.put("requesterSnssaiList", List.of("ignored"));

        TokenRequest request = TokenRequestParser.parse(form);

        assertEquals(new TokenRequest(ID, List.of("eecs-eesregistration", "eecs-targeteesdiscovery"), Optional.of("EES"),
                Optional.of("ECS"), Optional.of(target), Optional.of("ees-1.edge.test")), request);
    }

    @Test
    void emptyOptionalFieldsCountAsAbsent() {
        Map<String, List<String>> form = valid();
        form.put("nfType", List.of(""));
        form.put("targetNfInstanceId", List.of(""));

        TokenRequest request = TokenRequestParser.parse(form);

        assertEquals(Optional.empty(), request.nfType());
        assertEquals(Optional.empty(), request.targetNfInstanceId());
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "grant_type|       |invalid_request",
            "grant_type|password|unsupported_grant_type",
            "grant_type|CLIENT_CREDENTIALS|unsupported_grant_type",
            "nfInstanceId|      |invalid_request",
            "nfInstanceId|ees-1|invalid_request",
            "nfInstanceId|1-2-3-4-5|invalid_request",
            "nfInstanceId|3f2b8c1e5d4a4e6f8a9b0c1d2e3f4a5b|invalid_request",
            "scope|        |invalid_request",
            "scope|a b!|invalid_scope",
            "scope|a  b|invalid_scope",
            "scope|' a'|invalid_scope",
            "scope|a/b|invalid_scope",
            "targetNfInstanceId|ecs-1|invalid_request",
            "requesterPlmn|{\"mcc\":|invalid_request",
            "requesterPlmn|\"00101\"|invalid_request",
            "targetPlmn|null|invalid_request" })
    void refusesMalformedFields(String name, String value, String error) {
        Map<String, List<String>> form = valid();
        if (value == null) {
            form.remove(name);
        } else {
            form.put(name, List.of(value));
        }

        TokenRefusal refusal = assertThrows(TokenRefusal.class, () -> TokenRequestParser.parse(form));

        assertEquals(error, refusal.error().code());
        assertEquals(400, refusal.status());
    }

    @Test
    void refusesARepeatedParameter() {
        Map<String, List<String>> form = valid();
        form.put("nfInstanceId", List.of(ID.toString(), ID.toString()));

        assertEquals(OAuthError.INVALID_REQUEST,
                assertThrows(TokenRefusal.class, () -> TokenRequestParser.parse(form)).error());
    }

    @Test
    void descriptionsNeverEchoRequestValues() {
        Map<String, List<String>> form = valid();
        form.put("nfInstanceId", List.of("<script>\r\nX-Injected: 1"));

        String description = assertThrows(TokenRefusal.class, () -> TokenRequestParser.parse(form)).description();

        assertEquals("nfInstanceId must be a UUID", description);
    }

    private static Map<String, List<String>> valid() {
        Map<String, List<String>> form = new HashMap<>();
        form.put("grant_type", List.of("client_credentials"));
        form.put("nfInstanceId", List.of(ID.toString()));
        form.put("scope", List.of("eecs-eesregistration"));
        return form;
    }
}
