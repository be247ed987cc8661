package org.socialplaybook.sandbox.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Prepared statements handed out again for the same SQL on one connection, one caller at a time. */
public class StatementCacheTest {
    private static final String BY_ID = "SELECT NAME FROM T WHERE ID = ?";
    private static final String ALL = "SELECT NAME FROM T ORDER BY ID";

    private Connection connection;
    private final StatementCache cache = new StatementCache();

    @Before
    public void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:hsqldb:mem:cache" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "SA", "");
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE T (ID INTEGER PRIMARY KEY, NAME VARCHAR(20))");
            s.execute("INSERT INTO T VALUES (1, 'one'), (2, 'two'), (3, 'three')");
        }
    }

    @After
    public void tearDown() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    public void theSameSqlGetsTheSameStatementBackWithItsParametersCleared() throws SQLException {
        PreparedStatement first = cache.prepare(connection, BY_ID);
        first.setInt(1, 2);
        assertEquals("two", single(first));
        PreparedStatement real = first.unwrap(PreparedStatement.class);
        first.close();
        assertTrue(first.isClosed());
        assertThrows(SQLException.class, first::executeQuery);

        PreparedStatement second = cache.prepare(connection, BY_ID);
        assertSame("compiled once, lent again", real, second.unwrap(PreparedStatement.class));
        assertThrows("the last caller's parameter is gone", SQLException.class, second::executeQuery);
        second.setInt(1, 3);
        assertEquals("three", single(second));
        second.close();
    }

    @Test
    public void twoCallersAtOnceGetTwoStatements() throws SQLException {
        try (PreparedStatement outer = cache.prepare(connection, BY_ID);
             PreparedStatement inner = cache.prepare(connection, BY_ID)) {
            assertNotSame(outer.unwrap(PreparedStatement.class), inner.unwrap(PreparedStatement.class));
            outer.setInt(1, 1);
            inner.setInt(1, 2);
            try (ResultSet a = outer.executeQuery()) {
                assertTrue(a.next());
                assertEquals("two", single(inner));
                assertEquals("one", a.getString(1));
            }
        }
    }

    @Test
    public void aStatementWhoseSettingsChangedIsNotLentAgain() throws SQLException {
        PreparedStatement limited = cache.prepare(connection, ALL);
        limited.setMaxRows(1);
        assertEquals(1, count(limited));
        limited.close();
        try (PreparedStatement next = cache.prepare(connection, ALL)) {
            assertEquals("all rows, not the last caller's one", 3, count(next));
        }
    }

    @Test
    public void theOrmsScrollableStatementsAreKeptApartFromPlainOnesAndReused() throws SQLException {
        Object[] scrollable = {BY_ID, ResultSet.TYPE_SCROLL_INSENSITIVE, ResultSet.CONCUR_READ_ONLY};
        PreparedStatement first = cache.prepareIfCached(connection, scrollable);
        first.setInt(1, 1);
        assertEquals("one", single(first));
        PreparedStatement real = first.unwrap(PreparedStatement.class);
        assertEquals(ResultSet.TYPE_SCROLL_INSENSITIVE, real.getResultSetType());
        first.close();
        try (PreparedStatement plain = cache.prepare(connection, BY_ID)) {
            assertNotSame("a plain caller does not get the scrollable one", real, plain.unwrap(PreparedStatement.class));
            assertEquals(ResultSet.TYPE_FORWARD_ONLY, plain.getResultSetType());
        }
        PreparedStatement again = cache.prepareIfCached(connection, scrollable);
        assertSame("compiled once, lent again", real, again.unwrap(PreparedStatement.class));
        again.close();
        assertEquals("key columns: the caller prepares it itself", null,
                cache.prepareIfCached(connection, new Object[] {BY_ID, new String[] {"ID"}}));
    }

    private static String single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static int count(PreparedStatement statement) throws SQLException {
        int n = 0;
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                n++;
            }
        }
        return n;
    }
}
