package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import org.junit.Test;

public class MatrixCopiesTest {
    @Test
    public void aCopyToAnotherSpaceKeepsTheNameAndInTheSameSpaceTakesTheFirstFreeCopyName() {
        assertEquals("Social media team", MatrixCopies.copyName("Social media team", Set.of("other"), "copy"));
        assertEquals("Social media team (copy)", MatrixCopies.copyName("Social media team",
                Set.of(Names.key("Social media team")), "copy"));
        assertEquals("Social media team (copy 2)", MatrixCopies.copyName("Social media team",
                Set.of(Names.key("Social media team"), Names.key("Social media team (copy)")), "copy"));
    }

    @Test
    public void aCopyNameNeverOutgrowsTheLongestName() {
        String longName = "x".repeat(Names.MAX_NAME);

        String copy = MatrixCopies.copyName(longName, Set.of(Names.key(longName)), "copy");

        assertEquals(Names.MAX_NAME, copy.length());
        assertEquals(" (copy)", copy.substring(copy.length() - 7));
    }

    @Test
    public void onlyTheRoleMatrixMacrosOfThatNameAreRenamedAndTheNameIsEscaped() {
        String storage = "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"name\"> social  MEDIA team </ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"role-matrix\"><ac:parameter ac:name=\"name\">Other</ac:parameter>"
                + "</ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"goals\"><ac:parameter ac:name=\"name\">Social media team</ac:parameter>"
                + "</ac:structured-macro>";

        String renamed = MatrixCopies.rename(storage, "Social media team", "Social & media (copy)");

        assertEquals(storage.replace("> social  MEDIA team </ac:parameter>", ">Social &amp; media (copy)</ac:parameter>"),
                renamed);
    }
}
