package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.platform.I18nBundles;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** Steps 3 and 1 on the playbook overview, from the space's matrices. */
public class RoleMatrixStepStatusTest {
    private EmbeddedActiveObjects ao;
    private RoleMatrixStore store;
    private RoleMatrixStepStatus status;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(MatrixEntity.class, RoleEntity.class, ActivityEntity.class, CellEntity.class, HolderEntity.class,
                ProposalEntity.class);
        store = new RoleMatrixStore(ao);
        status = new RoleMatrixStepStatus(store);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private Matrix matrix(String name, String... letters) {
        Matrix m = store.createMatrix("SOCIAL", name, 1101, null, "u", Instant.EPOCH);
        Role agent = store.addRole(m, "Agent", 0);
        store.addHolder(m, agent.id(), "nora", false);
        for (int i = 0; i < letters.length; i++) {
            Activity a = store.addActivity(m.id(), "Activity " + i, null, i);
            store.setCell(m.id(), agent.id(), a.id(), Letters.parseLenient(letters[i]).orElseThrow());
        }
        return m;
    }

    private StepStatus step(PlaybookStep step) {
        return status.statusFor("SOCIAL").stream().filter(s -> s.step() == step).findFirst().orElseThrow();
    }

    @Test
    public void aSpaceWithoutAMatrixReportsNothingSoTheStepsStayNotStarted() {
        assertEquals(List.of(), status.statusFor("SOCIAL"));
    }

    @Test
    public void aMatrixWithoutProblemsPutsBothStepsInPlace() {
        matrix("Team", "A/R", "A/R");

        assertEquals(StepStatus.State.IN_PLACE, step(PlaybookStep.CLEAR_ROLES).state());
        assertEquals(100, step(PlaybookStep.CLEAR_ROLES).percent());
        assertEquals(StepStatus.State.IN_PLACE, step(PlaybookStep.LEADING_CHANGE).state());
        assertEquals(List.of("2", "2", "0"), step(PlaybookStep.LEADING_CHANGE).summaryArguments());
    }

    @Test
    public void problemsLeaveStepThreeStartedWithTheShareOfActivitiesWithoutProblems() {
        Matrix m = matrix("Team", "A/R", "A/R", "R", "A/R");
        store.addProposal(m.id(), store.activities(m.id()).get(2).id(), "victor", Instant.EPOCH);

        StepStatus roles = step(PlaybookStep.CLEAR_ROLES);
        StepStatus ownership = step(PlaybookStep.LEADING_CHANGE);

        assertEquals(StepStatus.State.STARTED, roles.state());
        assertEquals(75, roles.percent());
        assertEquals(List.of("1", "1"), roles.summaryArguments());
        assertEquals(StepStatus.State.STARTED, ownership.state());
        assertEquals(List.of("3", "4", "1"), ownership.summaryArguments());
        assertEquals(75, ownership.percent());
    }

    @Test
    public void anAccountableRoleNobodyHoldsDoesNotCountAsOwned() {
        Matrix m = matrix("Team", "A/R");
        Role lonely = store.addRole(m, "Lonely", 1);
        Activity extra = store.addActivity(m.id(), "Extra", null, 5);
        store.setCell(m.id(), lonely.id(), extra.id(), Letters.of(Raci.A, Raci.R));

        assertEquals(List.of("1", "2", "0"), step(PlaybookStep.LEADING_CHANGE).summaryArguments());
    }

    @Test
    public void everyProblemKindAndStatusHasItsTextInBothLanguages() {
        for (Problem.Kind kind : Problem.Kind.values()) {
            I18nBundles.assertHasKey("social-playbook.roles.problem." + kind.id());
            I18nBundles.assertHasKey("social-playbook.roles.problem." + kind.id() + ".title");
        }
    }
}
