package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.socialplaybook.roles.ChangeNote.Kind;
import org.socialplaybook.roles.ChangeSummary.Part;

/** A week of change log, summarised per matrix as its net change: in-between states collapse, seeding is no change. */
public class ChangeSummaryTest {
    private final List<ChangeNote.Logged> log = new ArrayList<>();

    private void logged(int matrixId, String user, ChangeNote note) {
        log.add(new ChangeNote.Logged(matrixId, "Matrix " + matrixId, 1100 + matrixId, note, user,
                Instant.parse("2026-11-30T09:00:00Z").plusSeconds(10L * log.size())));
    }

    private void cell(String activity, String role, String from, String to) {
        logged(1, "sofia", new ChangeNote(Kind.CELL_CHANGED, activity, role, to, from));
    }

    private Map<Part, Integer> parts() {
        List<ChangeSummary.Matrix> summary = ChangeSummary.of(log);
        return summary.isEmpty() ? Map.of() : summary.get(0).parts();
    }

    @Test
    public void aCellToggledRThenAThenBackToRIsNoChange() {
        cell("Post", "Owner", "R", "A");
        cell("Post", "Owner", "A", "R");

        assertTrue(ChangeSummary.of(log).isEmpty());
    }

    @Test
    public void threeCellsChangedAndOneRoleAddedAreCountedOnceEachWhateverTheClicksInBetween() {
        cell("Post", "Owner", "", "R");
        cell("Post", "Owner", "R", "A");
        cell("Post", "Owner", "A", "A, C");
        cell("Reply", "Owner", "C", "");
        cell("Reply", "Agent", "", "I");
        cell("Reply", "Agent", "I", "R");
        cell("Plan", "Agent", "R", "A");
        cell("Plan", "Agent", "A", "R");
        logged(1, "liam", ChangeNote.of(Kind.ROLE_ADDED, "Moderator"));

        List<ChangeSummary.Matrix> summary = ChangeSummary.of(log);

        assertEquals(1, summary.size());
        assertEquals(Map.of(Part.ROLES_ADDED, 1, Part.CELLS_CHANGED, 3), summary.get(0).parts());
        assertEquals(List.of(Part.ROLES_ADDED, Part.CELLS_CHANGED), List.copyOf(summary.get(0).parts().keySet()));
        assertEquals(List.of("sofia", "liam"), summary.get(0).editors());
        assertEquals(log.get(8).at(), summary.get(0).lastChangedAt());
    }

    @Test
    public void theMatrixCreatedFromThePageTableIsNotAChange() {
        logged(1, "sofia", ChangeNote.of(Kind.MATRIX_CREATED));

        assertTrue(ChangeSummary.of(log).isEmpty());
    }

    @Test
    public void aRoleAddedAndRemovedAgainAndAPersonAddedAndRemovedAgainAreNothing() {
        logged(1, "sofia", ChangeNote.of(Kind.ROLE_ADDED, "Temp"));
        cell("Post", "Temp", "", "R");
        logged(1, "sofia", ChangeNote.of(Kind.ROLE_REMOVED, "Temp"));
        logged(1, "sofia", ChangeNote.of(Kind.PERSON_ADDED, "Owner", "nora"));
        logged(1, "sofia", ChangeNote.of(Kind.PERSON_REMOVED, "Owner", "nora"));
        logged(1, "sofia", new ChangeNote(Kind.DEPUTY_CHANGED, "Owner", "liam", null, ""));
        logged(1, "sofia", new ChangeNote(Kind.DEPUTY_CHANGED, "Owner", null, null, "liam"));

        assertTrue(ChangeSummary.of(log).isEmpty());
    }

    @Test
    public void renamesAreFollowedSoARenameAndBackIsNothingAndCellsOfARenamedRoleCollapse() {
        logged(1, "sofia", ChangeNote.of(Kind.ROLE_RENAMED, "Owner", "Lead"));
        cell("Post", "Lead", "R", "A");
        logged(1, "sofia", ChangeNote.of(Kind.ROLE_RENAMED, "Lead", "Owner"));
        cell("Post", "Owner", "A", "R");

        assertTrue(ChangeSummary.of(log).isEmpty());
    }

    @Test
    public void removingARoleCountsTheRemovalNotItsCells() {
        cell("Post", "Owner", "R", "A");
        logged(1, "sofia", ChangeNote.of(Kind.ROLE_REMOVED, "Owner"));
        logged(1, "sofia", ChangeNote.of(Kind.PERSON_ADDED, "Agent", "nora"));

        assertEquals(Map.of(Part.ROLES_REMOVED, 1, Part.PEOPLE_ADDED, 1), parts());
    }

    @Test
    public void aCellLoggedBeforeItsEarlierLettersWereKeptCountsAsChanged() {
        logged(1, "sofia", new ChangeNote(Kind.CELL_CHANGED, "Post", "Owner", "R"));

        assertEquals(Map.of(Part.CELLS_CHANGED, 1), parts());
    }

    @Test
    public void eachMatrixHasItsOwnSummaryInTheOrderTheyWereFirstChanged() {
        logged(2, "liam", ChangeNote.of(Kind.ACTIVITY_ADDED, "Plan", null));
        logged(1, "sofia", ChangeNote.of(Kind.ROLES_REORDERED));
        logged(1, "sofia", ChangeNote.of(Kind.ROLES_REORDERED));
        logged(2, "marco", new ChangeNote(Kind.OFFER_ACCEPTED, "Plan", "Owner", "marco"));

        List<ChangeSummary.Matrix> summary = ChangeSummary.of(log);

        assertEquals(List.of(2, 1), summary.stream().map(ChangeSummary.Matrix::matrixId).toList());
        assertEquals(Map.of(Part.ACTIVITIES_ADDED, 1, Part.OFFERS_ACCEPTED, 1), summary.get(0).parts());
        assertEquals(1102, summary.get(0).pageId());
        assertEquals(Map.of(Part.ROLES_REORDERED, 1), summary.get(1).parts());
    }
}
