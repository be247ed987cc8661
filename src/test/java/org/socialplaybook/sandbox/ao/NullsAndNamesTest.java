package org.socialplaybook.sandbox.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.Query;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.testing.TestDatabase;

/**
 * Nulls of every portable type through every way the ORM binds values (create, save, where parameters, our own
 * SQL and the streamed reads), and the table and column names Atlassian's AO gives them, on the database the suite
 * runs on (HSQLDB or PostgreSQL, TestDatabase) and, for the names, on H2 too.
 */
public class NullsAndNamesTest {
    private static final String NAMESPACE = "org.socialplaybook.social-playbook";

    public enum Level { LOW, HIGH }

    @Preload
    public interface Owner extends Entity {
        String getName();

        void setName(String name);
    }

    @Preload
    public interface Anything extends Entity {
        String getLabel();

        void setLabel(String label);

        Date getDueOn();

        void setDueOn(Date dueOn);

        Integer getRank();

        void setRank(Integer rank);

        Long getPoints();

        void setPoints(Long points);

        Double getScore();

        void setScore(Double score);

        Boolean getDone();

        void setDone(Boolean done);

        Level getSeverity();

        void setSeverity(Level severity);

        Owner getOwner();

        void setOwner(Owner owner);
    }

    private static final String[] COLUMNS = {"LABEL", "DUE_ON", "RANK", "POINTS", "SCORE", "DONE", "SEVERITY", "OWNER_ID"};

    private EmbeddedActiveObjects ao;

    @Before
    public void setUp() {
        ao = TestDatabase.activeObjects(NAMESPACE);
        ao.migrate(Owner.class, Anything.class);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    @Test
    public void aRowWithANullInEveryColumnIsCreatedSavedFoundAndStreamed() {
        List<DBParam> nulls = new ArrayList<>();
        for (String column : COLUMNS) {
            nulls.add(new DBParam(column, null));
        }
        Anything created = ao.create(Anything.class, nulls.toArray(new DBParam[0]));
        assertAllNull(ao.get(Anything.class, created.getID()));

        Owner owner = ao.create(Owner.class, new DBParam("NAME", "Ada"));
        Anything full = ao.create(Anything.class, new DBParam("LABEL", "x"), new DBParam("DUE_ON", new Date(86_400_000L)),
                new DBParam("RANK", 1), new DBParam("POINTS", 2L), new DBParam("SCORE", 0.5), new DBParam("DONE", true),
                new DBParam("SEVERITY", Level.HIGH), new DBParam("OWNER_ID", owner.getID()));
        full.setLabel(null);
        full.setDueOn(null);
        full.setRank(null);
        full.setPoints(null);
        full.setScore(null);
        full.setDone(null);
        full.setSeverity(null);
        full.setOwner(null);
        full.save();
        ao.flushAll();
        assertAllNull(ao.get(Anything.class, full.getID()));

        for (String column : COLUMNS) {
            assertEquals(column + " = NULL matches nothing, and fails nowhere", 0,
                    ao.find(Anything.class, Query.select().where(column + " = ?", (Object) null)).length);
            assertEquals(0, ao.count(Anything.class, column + " = ?", (Object) null));
            List<Integer> streamed = new ArrayList<>();
            ao.stream(Anything.class, Query.select("ID").where(column + " = ? OR " + column + " IS NULL", (Object) null),
                    row -> streamed.add(row.getID()));
            assertEquals(column, List.of(created.getID(), full.getID()), streamed.stream().sorted().toList());
        }
        assertEquals(2, ao.deleteWithSQL(Anything.class, "LABEL IS NULL AND (RANK = ? OR RANK IS NULL)", (Object) null));
    }

    private static void assertAllNull(Anything row) {
        assertNull(row.getLabel());
        assertNull(row.getDueOn());
        assertNull(row.getRank());
        assertNull(row.getPoints());
        assertNull(row.getScore());
        assertNull(row.getDone());
        assertNull(row.getSeverity());
        assertNull(row.getOwner());
    }

    @Test
    public void tablesAndColumnsCarryAtlassiansUpperCaseNamesInTheDatabase() throws Exception {
        assertNames(ao);
    }

    @Test
    public void h2GetsTheSameNames() throws Exception {
        String url = "jdbc:h2:mem:names" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (EmbeddedActiveObjects h2 = EmbeddedActiveObjects.jdbc(url, "sa", "", NAMESPACE)) {
            h2.migrate(Owner.class, Anything.class);
            Anything row = h2.create(Anything.class, new DBParam("LABEL", null), new DBParam("DUE_ON", null));
            assertNull(h2.get(Anything.class, row.getID()).getDueOn());
            assertNames(h2);
        }
    }

    /** The names the README states: AO_<6 hex>_ANYTHING with ID, LABEL, DUE_ON, ..., OWNER_ID, exactly so. */
    private static void assertNames(EmbeddedActiveObjects db) throws Exception {
        String table = "AO_" + AoNaming.hash(NAMESPACE) + "_ANYTHING";
        try (Connection c = db.openJdbcConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(null, null, "AO_%", null)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.toString(), tables.contains(table));
            assertTrue(tables.toString(), tables.contains("AO_" + AoNaming.hash(NAMESPACE) + "_OWNER"));
            TreeSet<String> columns = new TreeSet<>();
            try (ResultSet rs = meta.getColumns(null, null, table, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            TreeSet<String> expected = new TreeSet<>(List.of(COLUMNS));
            expected.add("ID");
            assertEquals(expected, columns);
        }
    }
}
