package org.edgeauth.ees.support;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edgeauth.contract.security.CertificateIdentity;

/**
 * One request a fake peer received, with the client certificate it came with and that certificate's identity.
 *
 * @param traceparent the W3C trace context header, null when the EES propagated none (tracing off)
 */
public record Recorded(Instant at, String method, String path, Map<String, List<String>> query, String authorization,
        String contentType, String body, CertificateIdentity client, X509Certificate certificate, String traceparent) {

    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as an {@code application/x-www-form-urlencoded} form. */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int at = pair.indexOf('=');
            if (at > 0) {
                form.put(URLDecoder.decode(pair.substring(0, at), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    public String bearerToken() {
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }
}
