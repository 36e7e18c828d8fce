package org.edgeauth.ees.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void readsDeltaSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryAfter.parse("2", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse(" 120 ", NOW));
    }

    @Test
    void readsAnImfFixdateAsTheTimeUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Sun, 01 Mar 2026 12:01:30 GMT", NOW));
    }

    @Test
    void aValueBeyondTwoToTheThirtyFirstSecondsIsThat() {
        assertEquals(Optional.of(RetryAfter.LONGEST), RetryAfter.parse("2147483649", NOW));
        assertEquals(Optional.of(RetryAfter.LONGEST), RetryAfter.parse("99999999999999999999999999", NOW));
        assertEquals(Optional.of(RetryAfter.LONGEST), RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", " ", "0", "-5", "1.5", "+3", "2 s", "soon", "0x10",
            "Sunday, 01-Mar-26 12:01:30 GMT", "Sun Mar  1 12:01:30 2026", // obsolete forms: not honoured
            "Sun, 01 Mar 2026 11:59:00 GMT", "Sun, 01 Mar 2026 12:00:00 GMT" }) // not in the future
    void anythingElseAsksForNoWait(String value) {
        assertEquals(Optional.empty(), RetryAfter.parse(value, NOW));
    }
}
