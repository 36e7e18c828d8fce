package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.edgeauth.pki.hostile.HostileInput;
import org.junit.jupiter.api.Test;

/**
 * The form parser and the request reader, for any body: either a token request or an OAuth refusal (400, a listed
 * error code, a description within RFC 6749 5.2's characters); never another exception, which would be a 500.
 * Bodies from {@link HostileForms}, seeded: a failure names the seed and the case.
 */
class TokenRequestPropertiesTest {

    private static final int CASES = 3000;
    /** RFC 6749 5.2: error_description is %x20-21 / %x23-5B / %x5D-7E. */
    private static final Pattern DESCRIPTION = Pattern.compile("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    @Test
    void anyBodyIsARequestOrAnOAuthRefusal() {
        HostileInput input = HostileInput.seeded();
        HostileForms forms = new HostileForms(input, "3fa85f64-5717-4562-b3fc-2c963f66afa6");
        input.forEachCase(CASES, i -> {
            // Decoded as the endpoint's String parameter is: UTF-8, malformed bytes replaced.
            String body = new String(forms.next(), StandardCharsets.UTF_8);
            try {
                TokenRequest request = TokenRequestParser.parse(FormBody.decode(body));
                assertTrue(request.scopes().stream().allMatch(s -> TokenRequestParser.SCOPE_TOKEN.matcher(s).matches()),
                        () -> "scopes " + request.scopes() + " for body: " + body);
            } catch (TokenRefusal refusal) {
                assertEquals(400, refusal.status(), () -> "body: " + body);
                assertTrue(DESCRIPTION.matcher(refusal.description()).matches(),
                        () -> "description '" + refusal.description() + "' for body: " + body);
                assertTrue(refusal.retryAfterSeconds().isEmpty(), () -> "body: " + body);
            } catch (RuntimeException unexpected) {
                throw new AssertionError(unexpected + " for body: " + body, unexpected);
            }
        });
    }
}
