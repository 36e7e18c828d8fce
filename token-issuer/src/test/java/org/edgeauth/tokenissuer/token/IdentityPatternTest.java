package org.edgeauth.tokenissuer.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityPatternTest {

    @Test
    void exactNameMatchesItselfOnlyIgnoringCase() {
        IdentityPattern pattern = IdentityPattern.parse("ees-1.edge.test");

        assertTrue(pattern.matches("ees-1.edge.test"));
        assertTrue(pattern.matches("EES-1.Edge.Test"));
        assertFalse(pattern.matches("ees-2.edge.test"));
        assertFalse(pattern.matches("x.ees-1.edge.test"));
        assertFalse(pattern.matches("ees-1.edge.test.evil"));
    }

    @Test
    void wildcardStandsForExactlyOneLabel() {
        IdentityPattern pattern = IdentityPattern.parse("*.edge.test");

        assertTrue(pattern.matches("ees-1.edge.test"));
        assertTrue(pattern.matches("EES-2.EDGE.TEST"));
        assertFalse(pattern.matches("a.b.edge.test"), "two labels");
        assertFalse(pattern.matches("edge.test"), "the domain itself");
        assertFalse(pattern.matches(".edge.test"), "an empty label");
        assertFalse(pattern.matches("ees-1.notedge.test"));
        assertFalse(pattern.matches("ees-1edge.test"));
    }

    @Test
    void exactIsMoreSpecificThanAnyWildcardAndLongerDomainsThanShorter() {
        int exact = IdentityPattern.parse("ees-1.load.edge.test").specificity();
        int narrow = IdentityPattern.parse("*.load.edge.test").specificity();
        int broad = IdentityPattern.parse("*.edge.test").specificity();

        assertTrue(exact > narrow);
        assertTrue(narrow > broad);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "*", "*.", "**.edge.test", "ees-*.edge.test", "a.*.test", ".edge.test",
            "edge.test.", "a..test" })
    void rejectsPatternsThatAreNotANameOrALeadingWildcard(String text) {
        assertThrows(IllegalArgumentException.class, () -> IdentityPattern.parse(text));
    }

    @Test
    void normalisesCaseAndSurroundingSpace() {
        assertEquals("*.edge.test", IdentityPattern.parse(" *.EDGE.test ").toString());
    }
}
