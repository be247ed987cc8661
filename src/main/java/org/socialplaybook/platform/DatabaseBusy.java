package org.socialplaybook.platform;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * A database that could not answer in time, told apart from a real fault: no pooled connection within the pool's
 * checkout timeout is a 503 ("busy, try again"); a row lock not granted within the lock timeout, a statement
 * cancelled by its timeout, a deadlock or serialization failure is a 409 (someone else is changing the same thing).
 * Both keep the request's transaction rolled back, so nothing changed. Active Objects wraps the {@link SQLException}
 * in its own runtime exception; the cause chain is searched.
 */
final class DatabaseBusy {
    static final String BUSY_KEY = "social-playbook.error.database.busy";
    static final String CONFLICT_KEY = "social-playbook.error.database.conflict";

    /** lock_not_available, query_canceled (PostgreSQL); serialization failure, deadlock (SQL standard, PostgreSQL, HSQLDB). */
    private static final Set<String> CONFLICT_STATES = Set.of("55P03", "57014", "40001", "40P01", "40502");

    private DatabaseBusy() {
    }

    /** The translated answer for {@code e}, or null when it is not a database that was too busy to answer. */
    static PlaybookException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return new PlaybookException(PlaybookException.Kind.UNAVAILABLE, BUSY_KEY, null);
            }
            if (t instanceof SQLTimeoutException
                    || t instanceof SQLException s && s.getSQLState() != null && CONFLICT_STATES.contains(s.getSQLState())) {
                return new PlaybookException(PlaybookException.Kind.CONFLICT, CONFLICT_KEY, null);
            }
        }
        return null;
    }
}
