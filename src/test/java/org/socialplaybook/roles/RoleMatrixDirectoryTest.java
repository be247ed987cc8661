package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.RoleHolders;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** The role directory other capabilities ask: exactly as documented, in one or two queries per call. */
public class RoleMatrixDirectoryTest {
    private EmbeddedActiveObjects ao;
    private RoleDirectory directory;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(MatrixEntity.class, RoleEntity.class, ActivityEntity.class, CellEntity.class, HolderEntity.class,
                ProposalEntity.class);
        RoleMatrixStore store = new RoleMatrixStore(ao);
        Matrix m = store.createMatrix("SOCIAL", "Social Media Team", 1101, null, "u", Instant.EPOCH);
        Role brand = store.addRole(m, "Brand owner", 1);
        Role care = store.addRole(m, "Customer care agent", 0);
        store.addRole(m, "Legal reviewer", 2);
        store.addHolder(m, care.id(), "nora", false);
        store.addHolder(m, care.id(), "liam", true);
        store.addHolder(m, brand.id(), "sofia", false);
        store.addHolder(m, brand.id(), "nora", false);
        Matrix other = store.createMatrix("OTHER", "Social Media Team", 2001, null, "u", Instant.EPOCH);
        store.addHolder(other, store.addRole(other, "Brand owner", 0).id(), "victor", false);
        directory = new RoleMatrixDirectory(store);
        ao.flushAll();
        ao.statements().reset();
    }

    @After
    public void tearDown() {
        ao.close();
    }

    @Test
    public void aMatrixIsFoundByNameIgnoringCaseOnlyInItsSpace() {
        assertTrue(directory.matrixExists("SOCIAL", "social media team"));
        assertFalse(directory.matrixExists("SOCIAL", "Sales team"));
        assertFalse(directory.matrixExists("NOPE", "Social Media Team"));
        assertFalse(directory.matrixExists(null, "Social Media Team"));
    }

    @Test
    public void everyRoleComesInMatrixOrderWithItsHoldersAndDeputies() {
        Map<String, Set<String>> roles = directory.roles("SOCIAL", "SOCIAL MEDIA TEAM");

        assertEquals(List.of("Customer care agent", "Brand owner", "Legal reviewer"), List.copyOf(roles.keySet()));
        assertEquals(List.of("nora", "liam"), List.copyOf(roles.get("Customer care agent")));
        assertEquals(Set.of("sofia", "nora"), roles.get("Brand owner"));
        assertEquals(Set.of(), roles.get("Legal reviewer"));
        assertTrue(ao.statements().count() <= 2);
    }

    @Test
    public void theHoldersOfOneRoleIncludeTheDeputyAndTheRoleNameIgnoresCase() {
        assertEquals(Set.of("nora", "liam"), directory.holders("SOCIAL", "Social Media Team", "customer CARE agent"));
        assertTrue(ao.statements().count() <= 2);
        assertEquals(Set.of(), directory.holders("SOCIAL", "Social Media Team", "Astronaut"));
    }

    @Test
    public void theRolesOfAPersonComeInMatrixOrder() {
        assertEquals(List.of("Customer care agent", "Brand owner"), directory.rolesOf("SOCIAL", "Social Media Team", "nora"));
        assertEquals(List.of("Customer care agent"), directory.rolesOf("SOCIAL", "Social Media Team", "liam"));
        assertTrue(ao.statements().count() <= 4);
    }

    @Test
    public void holdersAndDeputiesComeApartInTwoQueriesAndSomeoneRecordedAsBothIsAHolder() {
        RoleMatrixStore store = new RoleMatrixStore(ao);
        Matrix m = store.matrixByKey(Names.matrixKey("SOCIAL", "Social Media Team")).orElseThrow();
        store.addHolder(m, store.rolesByMatrixKey(Names.matrixKey("SOCIAL", "Social Media Team")).stream()
                .filter(r -> r.name().equals("Brand owner")).findFirst().orElseThrow().id(), "sofia", true);
        ao.flushAll();
        ao.statements().reset();

        Map<String, RoleHolders> roles = directory.rolesWithDeputies("SOCIAL", "social media team");

        assertEquals(2, ao.statements().count());
        assertEquals(List.of("Customer care agent", "Brand owner", "Legal reviewer"), List.copyOf(roles.keySet()));
        assertEquals(Set.of("nora"), roles.get("Customer care agent").holders());
        assertEquals(Set.of("liam"), roles.get("Customer care agent").deputies());
        assertEquals(Set.of("sofia", "nora"), roles.get("Brand owner").holders());
        assertEquals(Set.of(), roles.get("Brand owner").deputies());
        assertEquals(new RoleHolders(Set.of(), Set.of()), roles.get("Legal reviewer"));
        assertEquals("the documented answer is unchanged: deputies count as holders there",
                List.of("nora", "liam"), List.copyOf(directory.roles("SOCIAL", "Social Media Team").get("Customer care agent")));
        assertEquals(Map.of(), directory.rolesWithDeputies("SOCIAL", "Nope"));
        assertEquals(Map.of(), directory.rolesWithDeputies(null, "Social Media Team"));
    }

    @Test
    public void unknownMatricesRolesAndPeopleGiveEmptyAnswersNeverExceptions() {
        assertEquals(Map.of(), directory.roles("SOCIAL", "Nope"));
        assertEquals(Set.of(), directory.holders("SOCIAL", "Nope", "Brand owner"));
        assertEquals(List.of(), directory.rolesOf("SOCIAL", "Social Media Team", "ghost"));
        assertEquals(List.of(), directory.rolesOf("SOCIAL", null, "nora"));
        assertEquals("one query each for the three unknowns, none for the invalid call", 3, ao.statements().count());
    }

    @Test
    public void eachCallCostsOneOrTwoQueries() {
        directory.roles("SOCIAL", "Social Media Team");
        long roles = ao.statements().count();
        ao.statements().reset();
        directory.holders("SOCIAL", "Social Media Team", "Brand owner");
        long holders = ao.statements().count();
        ao.statements().reset();
        directory.rolesOf("SOCIAL", "Social Media Team", "nora");
        long rolesOf = ao.statements().count();
        ao.statements().reset();
        directory.matrixExists("SOCIAL", "Social Media Team");
        long exists = ao.statements().count();

        assertEquals(List.of(2L, 2L, 2L, 1L), List.of(roles, holders, rolesOf, exists));
    }

    @Test
    public void manyMatricesAreAnsweredAtOnceAsEachAloneInTwoQueries() {
        RoleMatrixStore store = new RoleMatrixStore(ao);
        Matrix third = store.createMatrix("THIRD", "Care rota", 3001, null, "u", Instant.EPOCH);
        store.addHolder(third, store.addRole(third, "Weekend lead", 0).id(), "liam", false);
        List<RoleDirectory.MatrixName> asked = List.of(new RoleDirectory.MatrixName("SOCIAL", "social media TEAM"),
                new RoleDirectory.MatrixName("OTHER", "Social Media Team"), new RoleDirectory.MatrixName("THIRD", "Care rota"),
                new RoleDirectory.MatrixName("NOPE", "Sales team"), new RoleDirectory.MatrixName("SOCIAL", " "));
        ao.flushAll();
        ao.statements().reset();

        Map<RoleDirectory.MatrixName, Map<String, Set<String>>> all = directory.roles(asked);
        long atOnce = ao.statements().count();

        assertEquals(asked, List.copyOf(all.keySet()));
        for (RoleDirectory.MatrixName m : asked) {
            assertEquals(m.toString(), directory.roles(m.spaceKey(), m.matrixName()), all.get(m));
        }
        assertEquals(List.of("nora", "liam"), List.copyOf(all.get(asked.get(0)).get("Customer care agent")));
        assertEquals(Map.of("Weekend lead", Set.of("liam")), all.get(asked.get(2)));
        assertEquals(Map.of(), all.get(asked.get(3)));
        assertEquals(2L, atOnce);
    }

    @Test
    public void trainingAudiencesNamingAMatrixInEachOfManySpacesCostTwoQueriesInAll() {
        RoleMatrixStore store = new RoleMatrixStore(ao);
        List<org.socialplaybook.training.Model.Programme> programmes = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Matrix m = store.createMatrix("S" + i, "Team " + i, 5000 + i, null, "u", Instant.EPOCH);
            store.addHolder(m, store.addRole(m, "Agent", 0).id(), "person-" + i, false);
            programmes.add(new org.socialplaybook.training.Model.Programme(i + 1, "S" + i, "p" + i, "Course " + i, 6000 + i,
                    1, new org.socialplaybook.training.Model.Audience(List.of(), List.of(), "team " + i, List.of()), null, null,
                    null, List.of(), "u", Instant.EPOCH));
        }
        ao.flushAll();
        ao.statements().reset();

        var audiences = new org.socialplaybook.training.AudienceResolver(null, directory).resolveAll(programmes);
        long statements = ao.statements().count();

        for (int i = 0; i < 30; i++) {
            assertEquals(Set.of("person-" + i), audiences.get(i + 1).learners());
        }
        assertEquals("30 spaces, 30 matrices", 2L, statements);
    }
}
