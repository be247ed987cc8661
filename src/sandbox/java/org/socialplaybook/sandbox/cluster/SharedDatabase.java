package org.socialplaybook.sandbox.cluster;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The sandbox's own tables on the plugin's database (HSQLDB, H2 or PostgreSQL), through plain JDBC: what Confluence
 * keeps in its own, non-AO tables (pages and their versions, the scheduler's cluster claims) lives here, so every
 * node on the same database sees the same. Unquoted upper-case names, portable column types, created when missing.
 */
public final class SharedDatabase {
    /** Opens a connection to the shared database (the ORM's pool). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final ConnectionSource source;
    private final String textType;

    public SharedDatabase(ConnectionSource source) {
        this.source = source;
        this.textType = withConnection(c -> {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            // HSQLDB: LONGVARCHAR is a VARCHAR kept in the row; a CLOB lives in the lob store, where every read of a
            // page body (each permission check finds the page) queued behind the store's lock: the digest page, which
            // checks every archived issue's page, fell from 81 to 19 views/s between 1 and 200 concurrent readers
            return product.contains("postgres") ? "TEXT" : "LONGVARCHAR";
        });
    }

    /** The column type for unlimited text on this database. */
    public String textType() {
        return textType;
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    public <T> T withConnection(SqlWork<T> work) {
        try (Connection c = source.open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new SharedDatabaseException(e);
        }
    }

    /** Runs {@code work} in one transaction (READ COMMITTED): all of it commits, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        return withConnection(c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }

    /**
     * Creates the table unless it exists. Two nodes starting at once may both try: the loser's error is ignored when
     * the table is there afterwards.
     */
    public void createTableIfMissing(String table, String columns) {
        withConnection(c -> {
            if (exists(c, table)) {
                return null;
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE " + table + " (" + columns + ")");
            } catch (SQLException e) {
                if (!exists(c, table)) {
                    throw e;
                }
            }
            return null;
        });
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the statement broke a primary key or unique constraint (SQLSTATE class 23). */
    public static boolean isDuplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** A database error in the sandbox's own tables. */
    public static final class SharedDatabaseException extends RuntimeException {
        SharedDatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
