package org.edgeauth.tokenissuer.token;

import static org.edgeauth.pki.hostile.HostileInput.encodedNesting;
import static org.edgeauth.pki.hostile.HostileInput.percentEncoded;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.edgeauth.pki.hostile.HostileInput;

/**
 * Token request bodies a hostile or broken client might send, as bytes on the wire: any text, form-like text, and
 * forms of known and unknown fields (repeated now and then) whose values run from valid to absurd: percent-encoded
 * or not, malformed percent-encoding, encoded bytes that are not UTF-8, JSON where a PLMN goes, deep nesting, values
 * past the field limit; now and then raw bytes that are not UTF-8.
 */
final class HostileForms {

    private static final List<String> FIELDS = List.of("grant_type", "nfInstanceId", "scope", "nfType",
            "targetNfType", "targetNfInstanceId", "requesterFqdn", "requesterPlmn", "targetPlmn", "client_id");
    private static final List<String> PLMN_NAMES = List.of("mcc", "mnc", "nid");

    private final HostileInput input;
    private final List<String> values;

    /** Forms whose fields may name {@code instanceId} (a real client's, so some requests are valid over HTTP). */
    HostileForms(HostileInput input, String instanceId) {
        this.input = input;
        this.values = List.of("client_credentials", "password", "", "EES", "ECS", instanceId,
                instanceId.toUpperCase(Locale.ROOT), "1-1-1-1-1", "eecs-eesregistration",
                "eecs-eesregistration%20eecs-targeteesdiscovery", "eecs-eesregistration+eecs-targeteesdiscovery",
                "a++b", "%7B%22mcc%22%3A%22001%22%2C%22mnc%22%3A%2201%22%7D", "%7B", "[1]", "null",
                "s".repeat(2100));
    }

    byte[] next() {
        return switch (input.weighted(2, 2, 12, 1)) {
            case 0 -> utf8(input.anyString(300));
            case 1 -> utf8(input.stringOf("=&%+ab0-{}\":[]", 200));
            case 2 -> utf8(form());
            default -> input.withBrokenUtf8(form());
        };
    }

    private String form() {
        List<String> fields = input.listOf(40, () -> name() + "=" + value());
        if (!fields.isEmpty() && input.chance(0.2)) {
            fields.add(input.oneOf(fields)); // a repeated field
        }
        return String.join("&", fields);
    }

    private String name() {
        return switch (input.weighted(6, 1, 1)) {
            case 0 -> input.oneOf(FIELDS);
            case 1 -> input.anyString(10);
            default -> percentEncoded(input.anyString(10));
        };
    }

    private String value() {
        return switch (input.weighted(5, 2, 2, 2, 2, 1)) {
            case 0 -> values.get(input.between(0, values.size() - 1));
            case 1 -> input.anyString(40);
            case 2 -> percentEncoded(input.anyString(20));
            case 3 -> input.brokenPercentEncoding();
            case 4 -> percentEncoded(input.json(2, PLMN_NAMES)); // a PLMN, or any JSON where one goes
            default -> encodedNesting(input.between(1, 60));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
