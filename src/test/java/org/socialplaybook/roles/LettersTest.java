package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Cell letters as the API takes them (strict) and as people type them (lenient). */
public class LettersTest {
    @Test
    public void aCodeIsReadInAnyOrderAndCaseAndWrittenInRaciOrder() {
        assertEquals("RA", Letters.parseCode("ar").orElseThrow().code());
        assertEquals("R/A", Letters.parseCode("AR").orElseThrow().display());
        assertEquals("", Letters.parseCode("").orElseThrow().code());
    }

    @Test
    public void aCodeWithAnUnknownOrRepeatedLetterIsRefused() {
        assertTrue(Letters.parseCode("X").isEmpty());
        assertTrue(Letters.parseCode("RR").isEmpty());
        assertTrue(Letters.parseCode("R/A").isEmpty());
        assertTrue(Letters.parseCode(null).isEmpty());
    }

    @Test
    public void whatPeopleTypeIsSplitOnSlashesCommasPlusAndSpaces() {
        assertEquals("RA", Letters.parseLenient("A/R").orElseThrow().code());
        assertEquals("RC", Letters.parseLenient(" r, c ").orElseThrow().code());
        assertEquals("AI", Letters.parseLenient("a + i").orElseThrow().code());
        assertEquals("RA", Letters.parseLenient("AR").orElseThrow().code());
        assertTrue(Letters.parseLenient("-").orElseThrow().isEmpty());
        assertTrue(Letters.parseLenient("\u00a0").orElseThrow().isEmpty());
    }

    @Test
    public void aWordOrAnUnknownLetterIsNotReadAsLetters() {
        assertTrue(Letters.parseLenient("Yes").isEmpty());
        assertTrue(Letters.parseLenient("R/X").isEmpty());
    }
}
