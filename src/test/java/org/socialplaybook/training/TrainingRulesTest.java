package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.socialplaybook.training.Model.Audience;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Status;
import org.socialplaybook.training.TrainingRules.ModuleState;
import org.socialplaybook.training.TrainingRules.PersonState;
import org.socialplaybook.training.TrainingRules.Standing;

/** Due dates, overdue, refreshers, what counts, check-ins and the programme's figures: the rules without a database. */
public class TrainingRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final Module BASICS = new Module(1, 1, "Platform basics", null, "https://x.example", 45, true, 12, 0);
    private static final Module VOICE = new Module(2, 1, "Brand voice", 1302L, null, 30, true, null, 1);
    private static final Module DRILL = new Module(3, 1, "Crisis drill", null, null, 90, true, 6, 2);
    private static final Module TOOLS = new Module(4, 1, "Listening tools", null, null, 30, false, null, 3);
    private static final List<Module> MODULES = List.of(BASICS, VOICE, DRILL, TOOLS);

    private static Programme dueInDays(Integer days) {
        return new Programme(1, "SOCIAL", "essentials", "Essentials", 1301, 1, Audience.none(), null, days, null, List.of(),
                null, null);
    }

    private static Programme dueOn(LocalDate day) {
        return new Programme(1, "SOCIAL", "essentials", "Essentials", 1301, 1, Audience.none(), day, null, null, List.of(),
                null, null);
    }

    private static Progress completed(Module m, LocalDate on) {
        return new Progress(m.id(), "liam", Status.COMPLETED, null, on, "liam", Instant.EPOCH, null);
    }

    private static Progress row(Module m, Status status) {
        return new Progress(m.id(), "liam", status, TODAY, null, "liam", TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), null);
    }

    private static Map<Integer, Progress> rows(Progress... progress) {
        Map<Integer, Progress> map = new HashMap<>();
        for (Progress p : progress) {
            map.put(p.moduleId(), p);
        }
        return map;
    }

    private static Standing standing(Programme p, LocalDate assignedOn, Progress... progress) {
        return TrainingRules.standing(p, MODULES, "liam", assignedOn, rows(progress), TODAY);
    }

    // --- due dates and overdue ---

    @Test
    public void dueNDaysAfterBeingAssignedCountsFromTheAssignmentDay() {
        Standing s = standing(dueInDays(30), TODAY.minusDays(10));

        assertEquals(TODAY.plusDays(20), s.due());
        assertFalse(s.overdue());
        assertEquals(TODAY.plusDays(20), s.module(BASICS.id()).due());
    }

    @Test
    public void aRequiredModuleNotDoneAfterItsDueDayIsOverdueButAnOptionalOneNeverIs() {
        Standing s = standing(dueInDays(30), TODAY.minusDays(31), completed(BASICS, TODAY.minusDays(3)));

        assertTrue(s.overdue());
        assertFalse(s.module(BASICS.id()).overdue());
        assertTrue(s.module(VOICE.id()).overdue());
        assertFalse(s.module(TOOLS.id()).overdue());
        assertNull(s.module(TOOLS.id()).due());
    }

    @Test
    public void onTheDueDayItselfNothingIsOverdueYet() {
        Standing s = standing(dueOn(TODAY), TODAY.minusDays(100));

        assertFalse(s.overdue());
        assertTrue(standing(dueOn(TODAY.minusDays(1)), TODAY.minusDays(100)).overdue());
    }

    @Test
    public void aFixedDueDateAppliesWhateverTheAssignmentDayAndNoRuleMeansNeverDue() {
        assertEquals(LocalDate.of(2025, 7, 1), standing(dueOn(LocalDate.of(2025, 7, 1)), TODAY).due());
        Standing never = standing(dueInDays(null), TODAY.minusYears(3));
        assertNull(never.due());
        assertFalse(never.overdue());
    }

    // --- refreshers ---

    @Test
    public void aCompletionPastItsValidityComesBackAsRefresherDueWithTheDayItExpired() {
        LocalDate completed = TODAY.minusMonths(7);
        Standing s = standing(dueInDays(30), TODAY.minusYears(1), completed(DRILL, completed));

        TrainingRules.ModuleStanding drill = s.module(DRILL.id());
        assertEquals(ModuleState.REFRESHER_DUE, drill.state());
        assertEquals(completed.plusMonths(6), drill.validUntil());
        assertEquals(completed.plusMonths(6).plusDays(30), drill.due());
        assertFalse(drill.done());
        assertTrue(s.refresherDue());
    }

    @Test
    public void aRefresherIsOverdueWhenItsAllowanceHasPassedWithAGracePeriodWithoutADueRule() {
        LocalDate expired = TODAY.minusDays(40);
        Progress drill = completed(DRILL, expired.minusMonths(6));

        assertTrue(standing(dueInDays(30), TODAY.minusYears(1), drill).module(DRILL.id()).overdue());
        assertFalse(standing(dueInDays(60), TODAY.minusYears(1), drill).module(DRILL.id()).overdue());
        assertTrue(standing(dueInDays(null), TODAY.minusYears(1), drill).module(DRILL.id()).overdue());
        assertEquals(expired.plusDays(TrainingRules.REFRESHER_GRACE_DAYS),
                standing(dueInDays(null), TODAY.minusYears(1), drill).module(DRILL.id()).due());
    }

    // --- what waits for the learner (the Monday digest) ---

    @Test
    public void requiredModulesOverdueDueWithinTwoWeeksOrRefresherDueWaitButNotLaterOnesDoneOnesOrOptionalOnes() {
        Standing soon = standing(dueOn(TODAY.plusDays(TrainingRules.DUE_SOON_DAYS)), null, completed(BASICS, TODAY));
        Standing later = standing(dueOn(TODAY.plusDays(TrainingRules.DUE_SOON_DAYS + 1)), null);
        Standing late = standing(dueOn(TODAY.minusDays(1)), null);
        Standing refresher = standing(dueInDays(300), TODAY.minusYears(1), completed(DRILL, TODAY.minusMonths(7)));

        assertEquals(List.of(VOICE.id(), DRILL.id()), waiting(soon));
        assertEquals(List.of(), waiting(later));
        assertEquals("the optional module never waits", List.of(BASICS.id(), VOICE.id(), DRILL.id()), waiting(late));
        assertTrue(refresher.module(DRILL.id()).due().isAfter(TODAY.plusDays(TrainingRules.DUE_SOON_DAYS)));
        assertEquals("a refresher due waits even when its allowance ends later", List.of(DRILL.id()),
                waiting(refresher).stream().filter(id -> id == DRILL.id()).toList());
        assertEquals(List.of(), waiting(standing(dueInDays(null), null)));
    }

    private static List<Integer> waiting(Standing s) {
        return s.modules().stream().filter(m -> TrainingRules.waiting(m, TODAY)).map(TrainingRules.ModuleStanding::moduleId).toList();
    }

    @Test
    public void aCompletionExpiresOnTheSameDayOfTheMonthAndIsValidUntilThen() {
        Progress drill = completed(DRILL, TODAY.minusMonths(6).plusDays(1));

        TrainingRules.ModuleStanding s = standing(dueInDays(30), TODAY.minusYears(1), drill).module(DRILL.id());
        assertEquals(ModuleState.COMPLETED, s.state());
        assertEquals(TODAY.plusDays(1), s.validUntil());
        assertEquals(ModuleState.REFRESHER_DUE, standing(dueInDays(30), TODAY.minusYears(1),
                completed(DRILL, TODAY.minusMonths(6))).module(DRILL.id()).state());
    }

    // --- what counts ---

    @Test
    public void requiredModulesCompletedOrWaivedCompleteTheProgrammeWithoutTheOptionalOne() {
        Standing s = standing(dueInDays(30), TODAY.minusDays(40), completed(BASICS, TODAY.minusDays(5)),
                completed(VOICE, TODAY.minusDays(2)), row(DRILL, Status.WAIVED));

        assertEquals(PersonState.COMPLETE, s.state());
        assertEquals(3, s.done());
        assertEquals(3, s.counted());
        assertEquals(100, s.percent());
        assertFalse(s.overdue());
        assertEquals(TODAY.minusDays(2), s.completedOn());
        assertNull(s.due());
    }

    @Test
    public void withNoRequiredModuleEveryModuleCounts() {
        List<Module> optional = List.of(new Module(1, 1, "A", null, null, null, false, null, 0),
                new Module(2, 1, "B", null, null, null, false, null, 1));

        Standing s = TrainingRules.standing(dueInDays(10), optional, "liam", TODAY.minusDays(20),
                rows(new Progress(1, "liam", Status.COMPLETED, null, TODAY, null, null, null)), TODAY);

        assertEquals(2, s.counted());
        assertEquals(50, s.percent());
        assertTrue(s.overdue());
    }

    @Test
    public void startingAnythingMakesThePersonInProgressAndNothingMeansNotStarted() {
        assertEquals(PersonState.NOT_STARTED, standing(dueInDays(30), TODAY).state());
        assertEquals(PersonState.IN_PROGRESS, standing(dueInDays(30), TODAY, row(TOOLS, Status.STARTED)).state());
        assertEquals(ModuleState.IN_PROGRESS, standing(dueInDays(30), TODAY, row(VOICE, Status.STARTED)).module(VOICE.id()).state());
    }

    // --- check-ins ---

    @Test
    public void aLearnerChecksInOncePerCompletionAndAgainAfterARefresher() {
        Standing complete = standing(dueInDays(30), TODAY.minusDays(40), completed(BASICS, TODAY.minusDays(5)),
                completed(VOICE, TODAY.minusDays(4)), completed(DRILL, TODAY.minusDays(3)));
        Checkin before = checkin(TODAY.minusDays(10));
        Checkin after = checkin(TODAY.minusDays(1));
        Checkin sameDay = checkin(TODAY.minusDays(3));

        assertTrue(TrainingRules.mayCheckIn(complete, null));
        assertTrue(TrainingRules.mayCheckIn(complete, before));
        assertFalse(TrainingRules.mayCheckIn(complete, after));
        assertFalse(TrainingRules.mayCheckIn(complete, sameDay));
        assertFalse(TrainingRules.mayCheckIn(standing(dueInDays(30), TODAY, completed(BASICS, TODAY)), null));
    }

    private static Checkin checkin(LocalDate on) {
        return new Checkin(1, "liam", 4, false, null, on.atTime(15, 0).toInstant(ZoneOffset.UTC), false, null, null, null);
    }

    @Test
    public void lowConfidenceOrAskingForHelpNeedsAFollowUp() {
        assertTrue(TrainingRules.needsFollowUp(1, false));
        assertTrue(TrainingRules.needsFollowUp(2, false));
        assertFalse(TrainingRules.needsFollowUp(3, false));
        assertTrue(TrainingRules.needsFollowUp(5, true));
    }

    // --- figures and the chart ---

    @Test
    public void figuresCountEachModulesStatesAcrossTheAudience() {
        Programme p = dueInDays(30);
        Standing liam = standing(p, TODAY.minusDays(40), completed(BASICS, TODAY.minusDays(1)), row(VOICE, Status.STARTED));
        Standing nora = TrainingRules.standing(p, MODULES, "nora", TODAY, rows(
                new Progress(1, "nora", Status.COMPLETED, null, TODAY, null, null, null),
                new Progress(2, "nora", Status.COMPLETED, null, TODAY, null, null, null),
                new Progress(3, "nora", Status.WAIVED, null, null, null, Instant.EPOCH, null)), TODAY);

        TrainingRules.Figures f = TrainingRules.figures(MODULES, List.of(liam, nora));

        assertEquals(2, f.learners());
        assertEquals(1, f.complete());
        assertEquals(1, f.overdue());
        assertEquals(66, f.percent()); // 4 of 6 counted modules
        TrainingRules.ModuleFigures voice = f.modules().get(1);
        assertEquals(1, voice.completed());
        assertEquals(1, voice.inProgress());
        assertEquals(1, voice.overdue());
        assertEquals(50, voice.percentDone());
        assertEquals(1, f.modules().get(2).waived());
    }

    @Test
    public void theChartShowsTheShareDoneAtTheEndOfEachWeekAndDropsWhenACompletionExpires() {
        Map<String, Map<Integer, Progress>> progress = Map.of("liam", rows(
                completed(BASICS, TODAY.minusWeeks(8)),
                completed(VOICE, TODAY.minusDays(2)),
                completed(DRILL, TODAY.minusMonths(6).minusWeeks(3))));

        List<TrainingRules.WeekPoint> weeks = TrainingRules.chart(MODULES, List.of("liam"), progress, TODAY);

        assertEquals(TrainingRules.WEEKS_IN_CHART, weeks.size());
        assertEquals(TODAY, weeks.get(11).weekEnd());
        assertEquals("12 weeks ago only the drill was done", 33, weeks.get(0).percent());
        assertEquals("then basics too", 66, weeks.get(5).percent());
        assertEquals("the drill expired three weeks ago", 33, weeks.get(9).percent());
        assertEquals("brand voice this week", 66, weeks.get(11).percent());
        assertEquals(1, weeks.get(3).completions());
        assertEquals(1, weeks.get(11).completions());
        assertEquals(0, weeks.get(0).completions());
    }
}
