package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The form parser and the request reader, for any body: either a token request or an OAuth refusal (400, a listed
 * error code, a description within RFC 6749 5.2's characters); never another exception, which would be a 500.
 */
class TokenRequestProperties {

    /** RFC 6749 5.2: error_description is %x20-21 / %x23-5B / %x5D-7E. */
    private static final Pattern DESCRIPTION = Pattern.compile("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final List<String> FIELDS = List.of("grant_type", "nfInstanceId", "scope", "nfType",
            "targetNfType", "targetNfInstanceId", "requesterFqdn", "requesterPlmn", "targetPlmn", "client_id");

    @Property(tries = 2000)
    void anyBodyIsARequestOrAnOAuthRefusal(@ForAll("bodies") String body) {
        try {
            TokenRequest request = TokenRequestParser.parse(FormBody.decode(body));
            assertTrue(request.scopes().stream().allMatch(s -> TokenRequestParser.SCOPE_TOKEN.matcher(s).matches()));
        } catch (TokenRefusal refusal) {
            assertEquals(400, refusal.status());
            assertTrue(DESCRIPTION.matcher(refusal.description()).matches(), refusal.description());
            assertTrue(refusal.retryAfterSeconds().isEmpty());
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        return bodiesFor("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    }

    /** Any text, form-like text, and forms whose fields may name {@code instanceId} (a real client's, over HTTP). */
    static Arbitrary<String> bodiesFor(String instanceId) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().ofMaxLength(300)),
                Tuple.of(1, Arbitraries.strings().withChars("=&%+ab0-{}\":[]").ofMaxLength(200)),
                Tuple.of(3, forms(instanceId)));
    }

    /** Forms of known and unknown fields with values from valid to absurd, percent-encoded or not. */
    private static Arbitrary<String> forms(String instanceId) {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(10));
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("client_credentials", "password", "", "EES", "ECS", instanceId,
                        instanceId.toUpperCase(Locale.ROOT), "1-1-1-1-1",
                        "eecs-eesregistration", "eecs-eesregistration%20eecs-targeteesdiscovery", "a++b", "%zz", "%",
                        "%7B%22mcc%22%3A%22001%22%7D", "%7B", "[1]", "null", "%00", "%C3%28", "s".repeat(2100)),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().ofMaxLength(20).map(v -> URLEncoder.encode(v,
                        StandardCharsets.UTF_8)),
                Arbitraries.integers().between(1, 60).map(n -> "%5B".repeat(n) + "%5D".repeat(n)));
        return Combinators.combine(names, values).as((name, value) -> name + "=" + value)
                .list().ofMaxSize(40).map(fields -> String.join("&", fields));
    }
}
