package org.edgeauth.tokenissuer.token;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.edgeauth.contract.eecs.JsonReadLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads the form fields of a token request (TS 29.510 AccessTokenReq, RFC 6749 4.4.2) and rejects what is
 * malformed. Unknown fields are tolerated (3GPP extensibility; {@code client_id} from generic OAuth clients too).
 */
public final class TokenRequestParser {

    public static final String CLIENT_CREDENTIALS = "client_credentials";

    /** TS 29.510 AccessTokenReq {@code scope} pattern, per space-separated token. */
    public static final Pattern SCOPE_TOKEN = Pattern.compile("[a-zA-Z0-9_:-]+");

    /** Reads the PLMN fields; bounded like every JSON a peer sends (a field is at most 2048 characters anyway). */
    private static final ObjectMapper JSON = JsonMapper.builder(
            JsonFactory.builder().streamReadConstraints(JsonReadLimits.CONSTRAINTS).build()).build();

    private TokenRequestParser() {
    }

    /**
     * @param form the request's form fields, each with all the values it was given
     * @throws TokenRefusal {@code invalid_request}, {@code unsupported_grant_type} or {@code invalid_scope}
     */
    public static TokenRequest parse(Map<String, List<String>> form) {
        Fields fields = new Fields(form);
        String grantType = fields.required("grant_type");
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw TokenRefusal.of(OAuthError.UNSUPPORTED_GRANT_TYPE, "only grant_type client_credentials is supported");
        }
        UUID nfInstanceId = uuid("nfInstanceId", fields.required("nfInstanceId"));
        List<String> scopes = scopes(fields.required("scope"));
        Optional<UUID> targetNfInstanceId = fields.optional("targetNfInstanceId").map(v -> uuid("targetNfInstanceId", v));
        fields.optional("requesterPlmn").ifPresent(v -> jsonObject("requesterPlmn", v));
        fields.optional("targetPlmn").ifPresent(v -> jsonObject("targetPlmn", v));
        return new TokenRequest(nfInstanceId, scopes, fields.optional("nfType"), fields.optional("targetNfType"),
                targetNfInstanceId, fields.optional("requesterFqdn"));
    }

    private static List<String> scopes(String value) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String token : value.split(" ", -1)) {
            // RFC 6749 5.2 lists a malformed scope under invalid_scope, not invalid_request.
            if (!SCOPE_TOKEN.matcher(token).matches()) {
                throw TokenRefusal.of(OAuthError.INVALID_SCOPE,
                        "scope must be scope names of [a-zA-Z0-9_:-] separated by single spaces");
            }
            scopes.add(token);
        }
        return List.copyOf(scopes);
    }

    private static UUID uuid(String name, String value) {
        try {
            UUID uuid = UUID.fromString(value);
            // UUID.fromString accepts short fields ("1-1-1-1-1"): insist on the canonical 8-4-4-4-12 form.
            if (uuid.toString().equalsIgnoreCase(value)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw TokenRefusal.of(OAuthError.INVALID_REQUEST, name + " must be a UUID");
    }

    private static void jsonObject(String name, String value) {
        JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw TokenRefusal.of(OAuthError.INVALID_REQUEST, name + " must be a JSON object (PlmnId)");
        }
    }

    /** Form access with the RFC 6749 3.1/3.2 rules: empty means absent, repeating a parameter is an error. */
    private record Fields(Map<String, List<String>> form) {

        String required(String name) {
            return optional(name).orElseThrow(
                    () -> TokenRefusal.of(OAuthError.INVALID_REQUEST, "missing required parameter " + name));
        }

        Optional<String> optional(String name) {
            List<String> values = form.getOrDefault(name, List.of());
            if (values.size() > 1) {
                throw TokenRefusal.of(OAuthError.INVALID_REQUEST, "parameter " + name + " is repeated");
            }
            return values.stream().filter(v -> !v.isEmpty()).findFirst();
        }
    }
}
