package org.edgeauth.tokenissuer.token;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body (RFC 6749 Appendix B: UTF-8). Done here rather than
 * by the framework's form reader so that a malformed body is an OAuth {@code invalid_request}, not a 500.
 * <p>
 * Bounded: a token request has a dozen fields of a few dozen characters (TS 29.510 AccessTokenReq), so more than
 * {@value #MAX_FIELDS} fields or one field longer than {@value #MAX_FIELD_LENGTH} characters is refused before
 * anything is decoded. The whole body is bounded by the HTTP layer ({@code quarkus.http.limits.max-body-size}).
 */
public final class FormBody {

    /** Most {@code name=value} fields a body may have. */
    public static final int MAX_FIELDS = 32;
    /** Longest {@code name=value} field, as sent (percent-encoded). */
    public static final int MAX_FIELD_LENGTH = 2048;

    private FormBody() {
    }

    /** @return every field with all the values it was given, in body order */
    public static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        int count = 0;
        for (int start = 0; start <= body.length();) {
            int end = body.indexOf('&', start);
            if (end < 0) {
                end = body.length();
            }
            if (end > start) {
                if (++count > MAX_FIELDS) {
                    throw TokenRefusal.of(OAuthError.INVALID_REQUEST, "the form has more than " + MAX_FIELDS + " fields");
                }
                if (end - start > MAX_FIELD_LENGTH) {
                    throw TokenRefusal.of(OAuthError.INVALID_REQUEST,
                            "a form field is longer than " + MAX_FIELD_LENGTH + " characters");
                }
                add(fields, body.substring(start, end));
            }
            start = end + 1;
        }
        return fields;
    }

    private static void add(Map<String, List<String>> fields, String pair) {
        int equals = pair.indexOf('=');
        String name = decodePart(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decodePart(pair.substring(equals + 1));
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    private static String decodePart(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenRefusal.of(OAuthError.INVALID_REQUEST, "the form body is not validly percent-encoded");
        }
    }
}
