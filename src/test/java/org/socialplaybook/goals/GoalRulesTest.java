package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.Status;
import org.socialplaybook.platform.PlaybookException;

public class GoalRulesTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2025, 11, 8); // 311 days later

    private static Objective objective(double baseline, double target, Double current) {
        return new Objective(1, 1, "Objective", "%", baseline, target, current, null, START, DUE, null, null, 0);
    }

    private static LocalDate dayAt(double share) {
        return START.plusDays(Math.round(311 * share));
    }

    @Test
    public void progressRunsFromTheBaselineTowardTheTargetInEitherDirection() {
        assertEquals(0.5, GoalRules.progress(40, 60, 50), 1e-9);
        assertEquals(0.5, GoalRules.progress(240, 60, 150), 1e-9);
        assertEquals(-0.25, GoalRules.progress(240, 60, 285), 1e-9);
    }

    @Test
    public void anObjectiveWithoutACurrentValueIsNotMeasured() {
        assertEquals(Status.NOT_MEASURED, GoalRules.status(objective(40, 60, null), dayAt(0.9)));
    }

    @Test
    public void progressKeepingUpWithTimeIsOnTrackAndFallingBehindIsAtRiskThenOffTrack() {
        LocalDate halfway = dayAt(0.5);

        assertEquals(Status.ON_TRACK, GoalRules.status(objective(40, 60, 49.0), halfway));
        assertEquals(Status.ON_TRACK, GoalRules.status(objective(40, 60, 48.2), halfway));
        assertEquals(Status.AT_RISK, GoalRules.status(objective(40, 60, 47.6), halfway));
        assertEquals(Status.AT_RISK, GoalRules.status(objective(40, 60, 45.2), halfway));
        assertEquals(Status.OFF_TRACK, GoalRules.status(objective(40, 60, 44.8), halfway));
    }

    @Test
    public void aFallingTargetIsJudgedTheSameWay() {
        assertEquals(Status.ON_TRACK, GoalRules.status(objective(240, 60, 140.0), dayAt(0.5)));
        assertEquals(Status.OFF_TRACK, GoalRules.status(objective(240, 60, 230.0), dayAt(0.5)));
    }

    @Test
    public void reachingTheTargetIsAchievedEvenLateAndMissingItByTheDueDateIsOffTrack() {
        assertEquals(Status.ACHIEVED, GoalRules.status(objective(40, 60, 61.0), DUE.plusDays(30)));
        assertEquals(Status.OFF_TRACK, GoalRules.status(objective(40, 60, 59.9), DUE.plusDays(1)));
        assertEquals(Status.ON_TRACK, GoalRules.status(objective(40, 60, 59.9), DUE));
    }

    @Test
    public void aGoalIsAsBadAsItsWorstMeasuredObjective() {
        assertEquals(Status.OFF_TRACK, GoalRules.goalStatus(List.of(Status.ON_TRACK, Status.OFF_TRACK, Status.AT_RISK)));
        assertEquals(Status.AT_RISK, GoalRules.goalStatus(List.of(Status.ACHIEVED, Status.AT_RISK, Status.NOT_MEASURED)));
        assertEquals(Status.ACHIEVED, GoalRules.goalStatus(List.of(Status.ACHIEVED, Status.NOT_MEASURED)));
        assertEquals(Status.NOT_MEASURED, GoalRules.goalStatus(List.of(Status.NOT_MEASURED)));
        assertEquals(Status.NOT_MEASURED, GoalRules.goalStatus(List.of()));
    }

    @Test
    public void theBarShowsProgressClampedToTheWholeWay() {
        assertEquals(0, GoalRules.percent(-0.3));
        assertEquals(42, GoalRules.percent(0.42));
        assertEquals(100, GoalRules.percent(1.7));
    }

    @Test
    public void anObjectiveMustBeAChangeOverAPeriod() {
        assertInvalid("target", "social-playbook.goals.error.target-equals-baseline", () -> GoalRules.checkObjective(5, 5, START, DUE));
        assertInvalid("due", "social-playbook.goals.error.due-before-start", () -> GoalRules.checkObjective(5, 6, DUE, DUE));
        GoalRules.checkObjective(5, 6, START, DUE);
    }

    @Test
    public void numbersMustBeFiniteAndOfASaneSize() {
        assertInvalid("baseline", "social-playbook.goals.error.number-required", () -> GoalRules.number("baseline", null));
        assertInvalid("target", "social-playbook.goals.error.number-range", () -> GoalRules.number("target", Double.NaN));
        assertInvalid("target", "social-playbook.goals.error.number-range", () -> GoalRules.number("target", 2e12));
        assertEquals(-3.5, GoalRules.number("target", -3.5), 0);
    }

    @Test
    public void datesAreIsoDaysAndTheDueDateIsRequired() {
        assertEquals(LocalDate.of(2025, 12, 31), GoalRules.date("due", " 2025-12-31 ", true));
        assertNull(GoalRules.date("start", "", false));
        assertInvalid("due", "social-playbook.goals.error.date-required", () -> GoalRules.date("due", null, true));
        assertInvalid("due", "social-playbook.goals.error.date-invalid", () -> GoalRules.date("due", "31/12/2025", true));
        assertInvalid("due", "social-playbook.goals.error.date-invalid", () -> GoalRules.date("due", "1899-01-01", true));
    }

    @Test
    public void textIsOneCleanLineWithinItsLimit() {
        assertEquals("Grow an engaged community", GoalRules.line("title", "  Grow  an\n engaged\tcommunity ", 150, true));
        assertNull(GoalRules.line("description", "   ", 400, false));
        assertInvalid("title", "social-playbook.goals.error.required", () -> GoalRules.line("title", " ", 150, true));
        assertInvalid("how", "social-playbook.goals.error.too-long", () -> GoalRules.line("how", "x".repeat(301), 300, true));
    }

    @Test
    public void contributorKindsAreRoleTeamOrPersonInAnyCase() {
        assertEquals(Goals.ContributorKind.TEAM, GoalRules.kind(" team "));
        assertInvalid("kind", "social-playbook.goals.error.kind", () -> GoalRules.kind("department"));
    }

    @Test
    public void roleNamesCompareIgnoringCaseAndSpacing() {
        assertTrue(GoalRules.sameName("Customer  care agent ", "customer care AGENT"));
        assertEquals("SOCIAL:social strategy", GoalRules.setKey("SOCIAL", "  Social   Strategy "));
    }

    private static void assertInvalid(String field, String key, Runnable work) {
        try {
            work.run();
            fail("expected " + key);
        } catch (PlaybookException e) {
            assertEquals(PlaybookException.Kind.INVALID, e.kind());
            assertEquals(key, e.key());
            assertEquals(field, e.field());
        }
    }
}
