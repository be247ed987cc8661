package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.goals.GoalStore.ObjectiveFields;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** Step 2 in the playbook overview, from a space's goals. */
public class GoalsStepStatusTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private EmbeddedActiveObjects ao;
    private GoalStore store;
    private GoalsStepStatus status;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(GoalSetEntity.class, GoalEntity.class, ObjectiveEntity.class, ContributionEntity.class, ValueUpdateEntity.class);
        store = new GoalStore(ao);
        status = new GoalsStepStatus(store, new TimeSource(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private Objective objective(GoalSet set, Goal goal, String title, double baseline, double target) {
        LocalDate start = LocalDate.of(2026, 1, 1);
        return store.addObjective(set.id(), goal.id(), new ObjectiveFields(title, "%", baseline, target, start, start.plusMonths(6), null, null), 0);
    }

    @Test
    public void aSpaceWithoutGoalsReportsNothing() {
        assertTrue(status.statusFor("SOCIAL").isEmpty());
    }

    @Test
    public void goalsWhoseObjectivesNameNobodyAreOnlyStarted() {
        GoalSet set = store.createSet("SOCIAL:s", "SOCIAL", "S", 1501, null, "u-sofia", NOW);
        Goal goal = store.addGoal(set.id(), "Goal", null, 0);
        Objective named = objective(set, goal, "Named", 0, 100);
        objective(set, goal, "Nobody", 0, 100);
        store.addContribution(set.id(), named.id(), ContributorKind.TEAM, "social-team", "Posts daily.", 0);
        store.recordValue(set.id(), named.id(), 90, null, "u-liam", NOW);

        StepStatus s = status.statusFor("SOCIAL").get(0);

        assertEquals(PlaybookStep.CREATE_CONTEXT, s.step());
        assertEquals(StepStatus.State.STARTED, s.state());
        assertEquals(50, s.percent());
        assertEquals(List.of("2", "1", "1", "0"), s.summaryArguments());
    }

    @Test
    public void everyObjectiveNamingItsContributorsAndMeasuredPutsTheStepInPlace() {
        GoalSet set = store.createSet("SOCIAL:s", "SOCIAL", "S", 1501, null, "u-sofia", NOW);
        Goal goal = store.addGoal(set.id(), "Goal", null, 0);
        Objective fast = objective(set, goal, "Fast", 0, 100);
        Objective slow = objective(set, goal, "Slow", 0, 100);
        store.addContribution(set.id(), fast.id(), ContributorKind.ROLE, "Community manager", "Answers.", 0);
        store.addContribution(set.id(), slow.id(), ContributorKind.PERSON, "u-nora", "Solves.", 0);
        store.recordValue(set.id(), fast.id(), 60, null, "u-liam", NOW);
        store.recordValue(set.id(), slow.id(), 1, null, "u-liam", NOW);

        StepStatus s = status.statusFor("SOCIAL").get(0);

        assertEquals(StepStatus.State.IN_PLACE, s.state());
        assertEquals(100, s.percent());
        assertEquals(List.of("2", "2", "1", "1"), s.summaryArguments());
    }
}
