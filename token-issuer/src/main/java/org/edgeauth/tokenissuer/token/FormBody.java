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
 */
public final class FormBody {

    private FormBody() {
    }

    /** @return every field with all the values it was given, in body order */
    public static Map<String, List<String>> decode(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodePart(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodePart(pair.substring(equals + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String decodePart(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TokenRefusal.of(OAuthError.INVALID_REQUEST, "the form body is not validly percent-encoded");
        }
    }
}
