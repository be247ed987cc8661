package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.junit.Test;

/** A database too busy to answer is a translated 503 (no connection) or 409 (lock, deadlock), anything else a 500. */
public class DatabaseBusyTest {
    private static RuntimeException wrapped(SQLException e) {
        // as Active Objects hands it over: its runtime exception, or an entity proxy's undeclared throwable
        return new IllegalStateException("ao", new UndeclaredThrowableException(e));
    }

    @Test
    public void noPooledConnectionInTimeIsA503() {
        PlaybookException e = DatabaseBusy.translate(wrapped(new SQLTransientConnectionException(
                "social-playbook-ao - Connection is not available, request timed out after 5000ms")));
        assertEquals(503, e.kind().status());
        assertEquals(DatabaseBusy.BUSY_KEY, e.key());
    }

    @Test
    public void lockTimeoutsDeadlocksAndCancelledStatementsAre409s() {
        for (String state : new String[] {"55P03", "40P01", "40001", "57014"}) {
            PlaybookException e = DatabaseBusy.translate(wrapped(new SQLException("busy", state)));
            assertEquals(state, 409, e.kind().status());
            assertEquals(DatabaseBusy.CONFLICT_KEY, e.key());
        }
        assertEquals(409, DatabaseBusy.translate(wrapped(new SQLTimeoutException("statement timeout"))).kind().status());
    }

    @Test
    public void otherFailuresStayUnexpected() {
        assertNull(DatabaseBusy.translate(wrapped(new SQLException("syntax error", "42601"))));
        assertNull(DatabaseBusy.translate(new IllegalArgumentException("no database here")));
    }
}
