package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.goals.GoalStore.ObjectiveFields;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** The goals' data on the real ORM: round trips, constant query counts, history, cascading deletes, locking, transactions. */
public class GoalStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    private EmbeddedActiveObjects ao;
    private GoalStore store;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(GoalSetEntity.class, GoalEntity.class, ObjectiveEntity.class, ContributionEntity.class, ValueUpdateEntity.class);
        store = new GoalStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private GoalSet set(String name) {
        return store.transaction(() -> store.createSet("SOCIAL:" + name.toLowerCase(), "SOCIAL", name, 1501, "Social media team", "u-sofia", NOW));
    }

    private static ObjectiveFields fields(String title) {
        return new ObjectiveFields(title, "%", 35, 60, START, START.plusMonths(6), "Reply to comments and DMs", null);
    }

    /** A set with {@code goals} goals of {@code objectives} objectives each, two contributions and {@code history} values apiece. */
    private GoalSet filled(String name, int goals, int objectives, int history) {
        GoalSet s = set(name);
        store.transaction(() -> {
            for (int g = 0; g < goals; g++) {
                Goal goal = store.addGoal(s.id(), "Goal " + g, null, g);
                for (int o = 0; o < objectives; o++) {
                    Objective obj = store.addObjective(s.id(), goal.id(), fields("Objective " + g + "." + o), o);
                    store.addContribution(s.id(), obj.id(), ContributorKind.ROLE, "Community manager", "Answers the same day.", 0);
                    store.addContribution(s.id(), obj.id(), ContributorKind.TEAM, "customer-care", "Takes billing cases.", 1);
                    for (int h = 0; h < history; h++) {
                        store.recordValue(s.id(), obj.id(), 35 + h, null, "u-liam", NOW.minusSeconds(86400L * (history - h)));
                    }
                }
            }
            return null;
        });
        return s;
    }

    @Test
    public void aSetRoundTripsWithGoalsObjectivesContributionsAndHistoryInOrder() {
        GoalSet s = set("Social strategy");
        Goal second = store.addGoal(s.id(), "Grow an engaged community", null, 1);
        Goal first = store.addGoal(s.id(), "Be where customers ask for help", "Answer them where they are.", 0);
        Objective o = store.addObjective(s.id(), first.id(), fields("Conversations solved without a call"), 0);
        store.addContribution(s.id(), o.id(), ContributorKind.PERSON, "u-nora", "Solves the case in the conversation.", 0);
        store.recordValue(s.id(), o.id(), 38, "after the Easter campaign", "u-nora", NOW.minusSeconds(3600));
        store.recordValue(s.id(), o.id(), 36, null, "u-liam", NOW.minusSeconds(7200));

        GoalData data = store.load(store.setByKey("SOCIAL:social strategy").orElseThrow());

        assertEquals(List.of("Be where customers ask for help", "Grow an engaged community"), data.goals().stream().map(Goal::title).toList());
        Objective loaded = data.objectives().get(0);
        assertEquals(35, loaded.baseline(), 0);
        assertEquals(START, loaded.start());
        assertEquals("Reply to comments and DMs", loaded.activity());
        assertEquals("the newest value is current, whatever order they were recorded in", 38.0, loaded.current(), 0);
        assertEquals(List.of(36.0, 38.0), data.updates().stream().map(Goals.ValueUpdate::amount).toList());
        assertEquals("after the Easter campaign", data.updates().get(1).note());
        assertEquals("u-nora", data.contributions().get(0).ref());
        assertEquals(second.id(), data.goals().get(1).id());
    }

    @Test
    public void loadingCostsFourQueriesWhateverTheSize() {
        GoalSet small = filled("Small", 1, 2, 3);
        GoalSet large = filled("Large", 4, 10, 20);

        ao.flushAll();
        ao.statements().reset();
        GoalData smallData = store.load(small);
        long smallQueries = ao.statements().count();
        ao.statements().reset();
        GoalData largeData = store.load(large);
        long largeQueries = ao.statements().count();

        assertEquals(6, smallData.updates().size());
        assertEquals(800, largeData.updates().size());
        assertEquals(4, smallQueries);
        assertEquals(smallQueries, largeQueries);
    }

    @Test
    public void aSpaceWithoutHistoryLoadsInThreeQueriesForAllItsSets() {
        filled("One", 2, 3, 5);
        filled("Two", 2, 3, 5);
        List<GoalSet> sets = store.setsInSpace("SOCIAL");

        ao.statements().reset();
        List<GoalData> all = store.loadAll(sets, false);

        assertEquals(3, ao.statements().count());
        assertEquals(2, all.size());
        assertTrue(all.get(0).updates().isEmpty());
        assertEquals(6, all.get(1).objectives().size());
    }

    @Test
    public void deletingAGoalTakesItsObjectivesContributionsAndHistoryAndNothingElse() {
        GoalSet s = filled("Strategy", 2, 3, 2);
        GoalData before = store.load(s);
        Goal doomed = before.goals().get(0);

        store.transaction(() -> {
            store.deleteGoal(doomed.id());
            return null;
        });

        GoalData after = store.load(s);
        assertEquals(1, after.goals().size());
        assertEquals(3, after.objectives().size());
        assertEquals(6, after.contributions().size());
        assertEquals(6, after.updates().size());
        assertTrue(after.objectives().stream().noneMatch(o -> o.goalId() == doomed.id()));
    }

    @Test
    public void anotherSetsGoalOrObjectiveIsNotFoundThroughThisSet() {
        GoalSet mine = filled("Mine", 1, 1, 0);
        GoalSet theirs = filled("Theirs", 1, 1, 0);
        GoalData theirData = store.load(theirs);

        assertFalse(store.goal(mine.id(), theirData.goals().get(0).id()).isPresent());
        assertFalse(store.objective(mine.id(), theirData.objectives().get(0).id()).isPresent());
        assertFalse(store.contribution(mine.id(), theirData.contributions().get(0).id()).isPresent());
    }

    @Test
    public void aStaleVersionIsRefusedAndLeavesTheSetAsTheOtherEditorLeftIt() {
        GoalSet s = set("Strategy");

        GoalStore.Bump first = store.transaction(() -> store.bump(s.id(), 1, "u-marco", NOW));
        GoalStore.Bump stale = store.transaction(() -> store.bump(s.id(), 1, "u-liam", NOW.plusSeconds(5)));

        assertTrue(first.ok());
        assertEquals(2, first.set().version());
        assertFalse(stale.ok());
        assertEquals("u-marco", stale.set().updatedBy());
        assertEquals(2, store.set(s.id()).orElseThrow().version());
    }

    @Test
    public void aFailureHalfWayThroughAChangeLeavesNothingBehind() {
        GoalSet s = set("Strategy");
        Goal g = store.addGoal(s.id(), "Goal", null, 0);

        try {
            store.transaction(() -> {
                Objective o = store.addObjective(s.id(), g.id(), fields("Half done"), 0);
                store.recordValue(s.id(), o.id(), 40, null, "u-liam", NOW);
                throw new IllegalStateException("the server fell over");
            });
            fail();
        } catch (IllegalStateException expected) {
            // rolled back
        }

        GoalData data = store.load(s);
        assertTrue(data.objectives().isEmpty());
        assertTrue(data.updates().isEmpty());
    }

    @Test
    public void anObjectiveWithoutValuesHasNoCurrentValue() {
        GoalSet s = set("Strategy");
        Goal g = store.addGoal(s.id(), "Goal", null, 0);
        store.addObjective(s.id(), g.id(), fields("Crisis drills"), 0);

        Objective o = store.load(s).objectives().get(0);

        assertNull(o.current());
        assertNull(o.measuredAt());
    }
}
