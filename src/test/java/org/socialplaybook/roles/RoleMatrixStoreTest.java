package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** The role matrix's data on the real ORM: round trips, constant query counts, locking, transactions. */
public class RoleMatrixStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private EmbeddedActiveObjects ao;
    private RoleMatrixStore store;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(MatrixEntity.class, RoleEntity.class, ActivityEntity.class, CellEntity.class, HolderEntity.class,
                ProposalEntity.class);
        store = new RoleMatrixStore(ao);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    @Test
    public void aMatrixRoundTripsWithItsRolesActivitiesCellsPeopleAndProposalsInOrder() {
        Matrix m = store.transaction(() -> store.createMatrix("SOCIAL", "Social team", 1101, 3, "u-sofia", NOW));
        Role second = store.addRole(m, "Content lead", 1);
        Role first = store.addRole(m, "Community manager", 0);
        Activity a = store.addActivity(m.id(), "Plan the calendar", "Plan", 0);
        store.setCell(m.id(), first.id(), a.id(), Letters.of(Raci.A, Raci.R));
        store.setCell(m.id(), second.id(), a.id(), Letters.of(Raci.C));
        store.addHolder(m, first.id(), "u-liam", false);
        store.addHolder(m, first.id(), "u-nora", true);
        store.addProposal(m.id(), a.id(), "u-victor", NOW);

        MatrixData data = store.load(store.matrixByKey("SOCIAL:social team").orElseThrow());

        assertEquals(List.of("Community manager", "Content lead"), data.roles().stream().map(Role::name).toList());
        assertEquals("Plan", data.activities().get(0).phase());
        assertEquals(2, data.cells().size());
        assertTrue(data.cells().contains(new Cell(first.id(), a.id(), Letters.of(Raci.R, Raci.A))));
        assertEquals(2, data.holders().size());
        assertEquals("u-victor", data.proposals().get(0).userKey());
        assertEquals(Integer.valueOf(3), data.matrix().overloadLimit());
    }

    @Test
    public void loadingAMatrixCostsTheSameFewQueriesWhateverItsSize() {
        Matrix small = matrixOf("Small", 2, 3);
        Matrix large = matrixOf("Large", 20, 60);

        ao.flushAll();
        ao.statements().reset();
        MatrixData smallData = store.load(small);
        long smallQueries = ao.statements().count();
        ao.statements().reset();
        MatrixData largeData = store.load(large);
        long largeQueries = ao.statements().count();

        assertEquals(6, smallData.cells().size());
        assertEquals(1200, largeData.cells().size());
        assertEquals(5, smallQueries);
        assertEquals(smallQueries, largeQueries);
    }

    @Test
    public void aStaleVersionIsRefusedAndLeavesTheMatrixAsTheOtherEditorLeftIt() {
        Matrix m = store.createMatrix("SOCIAL", "Team", 1101, null, "u-sofia", NOW);
        RoleMatrixStore.Bump first = store.transaction(() -> store.bump(m.id(), 1, "u-liam", NOW.plusSeconds(5)));

        RoleMatrixStore.Bump stale = store.transaction(() -> store.bump(m.id(), 1, "u-nora", NOW.plusSeconds(9)));

        assertTrue(first.ok());
        assertEquals(2, first.matrix().version());
        assertFalse(stale.ok());
        assertEquals("u-liam", stale.matrix().updatedBy());
        assertEquals(2, store.matrix(m.id()).orElseThrow().version());
    }

    @Test
    public void twoEditorsSavingAtTheSameMomentFromTheSameVersionCannotBothWin() throws Exception {
        Matrix m = store.createMatrix("SOCIAL", "Race", 1101, null, "u-sofia", NOW);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (String user : List.of("u-liam", "u-nora")) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.transaction(() -> store.bump(m.id(), 1, user, NOW)).ok();
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> r : results) {
                winners += r.get(20, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, winners);
            assertEquals(2, store.matrix(m.id()).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aFailureHalfWayThroughATransactionLosesNothingThatWasThere() {
        Matrix m = store.createMatrix("SOCIAL", "Safe", 1101, null, "u-sofia", NOW);
        Role role = store.addRole(m, "Legal reviewer", 0);

        try {
            store.transaction(() -> {
                store.deleteRole(role.id());
                store.addRole(m, "Brand owner", 1);
                throw new IllegalStateException("disk full");
            });
            fail("the failure must reach the caller");
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertEquals(List.of("Legal reviewer"), store.roles(m.id()).stream().map(Role::name).toList());
    }

    @Test
    public void aRoleOrActivityOfAnotherMatrixIsNotFoundThroughThisOne() {
        Matrix mine = store.createMatrix("SOCIAL", "Mine", 1101, null, "u", NOW);
        Matrix other = store.createMatrix("SOCIAL", "Other", 1101, null, "u", NOW);
        Role role = store.addRole(other, "Agent", 0);
        Activity activity = store.addActivity(other.id(), "Reply", null, 0);

        assertTrue(store.role(mine.id(), role.id()).isEmpty());
        assertTrue(store.activity(mine.id(), activity.id()).isEmpty());
        assertTrue(store.role(other.id(), role.id()).isPresent());
    }

    @Test
    public void theRoleDirectoryQueriesFindRolesAndPeopleByMatrixKeyAndRoleNameIgnoringCase() {
        Matrix m = store.createMatrix("SOCIAL", "Social Team", 1101, null, "u", NOW);
        Role role = store.addRole(m, "Community Manager", 0);
        store.addHolder(m, role.id(), "u-liam", false);

        assertEquals(role.id(), store.roleByName("SOCIAL:social team", "community  manager").orElseThrow().id());
        assertEquals(1, store.holdersByMatrixKeyAndUser("SOCIAL:social team", "u-liam").size());
        assertTrue(store.matrixExists("SOCIAL:social team"));
        assertFalse(store.matrixExists("OTHER:social team"));
    }

    private Matrix matrixOf(String name, int roles, int activities) {
        Matrix m = store.createMatrix("SOCIAL", name, 1101, null, "u", NOW);
        List<Role> rs = new ArrayList<>();
        for (int r = 0; r < roles; r++) {
            rs.add(store.addRole(m, "Role " + r, r));
        }
        List<Cell> cells = new ArrayList<>();
        for (int a = 0; a < activities; a++) {
            Activity activity = store.addActivity(m.id(), "Activity " + a, "P" + (a % 3), a);
            for (Role r : rs) {
                cells.add(new Cell(r.id(), activity.id(), Letters.of(Raci.values()[(a + r.id()) % 4])));
            }
        }
        store.addCells(m.id(), cells);
        return m;
    }
}
