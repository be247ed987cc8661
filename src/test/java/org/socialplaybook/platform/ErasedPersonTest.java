package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class ErasedPersonTest {
    private final ErasedPerson nora = ErasedPerson.of("k1", "nora", "Nora Giménez");

    @Test
    public void theDisplayNameTheUsernameAndEachLongEnoughPartAreLookedForLongestFirst() {
        assertEquals(List.of("Nora Giménez", "Giménez", "nora", "Nora"), nora.names());
    }

    @Test
    public void wholeWordsAreReplacedIgnoringCaseAndAccentedLettersCountAsLetters() {
        String text = "Share NORA's replies; ask nora.gimenez or Nora Giménez. Noranda and Giménezes stay.";

        assertEquals("Share [\u2026]'s replies; ask [\u2026].gimenez or [\u2026]. Noranda and Giménezes stay.",
                nora.redact(text));
    }

    @Test
    public void shortNamePartsAreNotLookedForOnTheirOwn() {
        ErasedPerson al = ErasedPerson.of("k2", "al.x", "Al Xu");

        assertEquals("Al and Xu met [\u2026] in Alicante", al.redact("Al and Xu met Al Xu in Alicante"));
    }

    @Test
    public void aTextByThePersonIsErasedAndAnAbsentTextStaysAbsent() {
        assertEquals(ErasedPerson.REMOVED, ErasedPerson.erased("I still freeze"));
        assertNull(ErasedPerson.erased(null));
        assertEquals("", ErasedPerson.erased(""));
        assertTrue(nora.named("thanks Nora"));
        assertFalse(nora.named("thanks Norah"));
    }
}
