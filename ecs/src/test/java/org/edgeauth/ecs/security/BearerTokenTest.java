package org.edgeauth.ecs.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void readsTheBearerToken() {
        assertEquals("abc.def.ghi", BearerToken.from(List.of("Bearer abc.def.ghi")));
        assertEquals("abc.def.ghi", BearerToken.from(List.of("bearer  abc.def.ghi ")));
    }

    @Test
    void noBearerCredentialsIsAMissingTokenWithABareChallenge() {
        for (List<String> headers : List.of(List.<String>of(), List.of("Basic dXNlcjpwdw=="))) {
            AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> BearerToken.from(headers));
            assertEquals(Denial.TOKEN_MISSING, denied.denial());
            assertEquals("Bearer", denied.challenge());
        }
        assertEquals(Denial.TOKEN_MISSING,
                assertThrows(AccessDeniedException.class, () -> BearerToken.from(null)).denial());
    }

    @Test
    void emptyOrRepeatedCredentialsAreInvalid() {
        AccessDeniedException empty = assertThrows(AccessDeniedException.class, () -> BearerToken.from(List.of("Bearer ")));
        AccessDeniedException twice = assertThrows(AccessDeniedException.class,
                () -> BearerToken.from(List.of("Bearer a", "Bearer b")));

        assertEquals(Denial.TOKEN_INVALID, empty.denial());
        assertEquals("Bearer error=\"invalid_token\"", empty.challenge());
        assertEquals(Denial.TOKEN_INVALID, twice.denial());
    }
}
