package org.socialplaybook.sandbox.ao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prepared statements kept open on each pooled connection and handed out again for the same SQL, as a driver's or
 * an application server's statement cache does (Confluence's pool keeps them; PostgreSQL's driver prepares on the
 * server after a few runs). HSQLDB compiles a statement on every {@code prepareStatement} unless one with the same SQL
 * is still open, and compiling was about a sixth of a page view's time in the profile and, under load, a queue: its
 * compiler takes each table's monitor ({@code Table.getIndexForColumns}).
 *
 * <p>A statement is lent to one caller at a time: closing it clears its parameters and puts it back; a second
 * caller asking for the same SQL meanwhile (a query inside another's loop) gets a fresh one, closed for real when it
 * is done. A caller that changed the statement's settings (max rows, fetch size, …) gets it closed, not kept.
 * Statements prepared with a result set type and concurrency (the ORM's {@code find} asks for scroll-insensitive,
 * read-only ones) are kept apart by those; statements prepared with key columns or holdability are not cached. At most {@value #PER_CONNECTION} per
 * connection; a connection the pool retires takes its statements with it (the map forgets closed connections).
 */
final class StatementCache {
    static final int PER_CONNECTION = 256;
    private static final Set<String> SETTINGS = Set.of("setMaxRows", "setLargeMaxRows", "setFetchSize",
            "setFetchDirection", "setMaxFieldSize", "setEscapeProcessing", "setCursorName", "setPoolable");

    /** Idle statements by physical connection (by identity: JDBC connections do not override equals), then by SQL. */
    private final Map<Connection, Map<String, PreparedStatement>> idle = new ConcurrentHashMap<>();

    /** A statement for {@code sql} on the physical connection behind {@code pooled}. */
    PreparedStatement prepare(Connection pooled, String sql) throws SQLException {
        return prepare(pooled, sql, null);
    }

    /**
     * The JDBC call's {@code prepareStatement} arguments when this cache serves it (the SQL alone, or the SQL with a
     * result set type and concurrency), else null: the caller prepares it itself.
     */
    PreparedStatement prepareIfCached(Connection pooled, Object[] args) throws SQLException {
        if (args != null && args.length == 1 && args[0] instanceof String sql) {
            return prepare(pooled, sql, null);
        }
        if (args != null && args.length == 3 && args[0] instanceof String sql && args[1] instanceof Integer type
                && args[2] instanceof Integer concurrency) {
            return prepare(pooled, sql, new int[] {type, concurrency});
        }
        return null;
    }

    private PreparedStatement prepare(Connection pooled, String sql, int[] options) throws SQLException {
        Connection physical = pooled.isWrapperFor(Connection.class) ? pooled.unwrap(Connection.class) : pooled;
        Map<String, PreparedStatement> mine = idle.get(physical);
        if (mine == null) {
            // a connection new to the pool (rare): forget those the pool has closed since
            idle.keySet().removeIf(StatementCache::isClosed);
            mine = idle.computeIfAbsent(physical, c -> new HashMap<>());
        }
        String key = options == null ? sql : options[0] + ":" + options[1] + ":" + sql;
        PreparedStatement statement;
        synchronized (mine) {
            statement = mine.remove(key);
        }
        if (statement == null || statement.isClosed()) {
            statement = options == null ? physical.prepareStatement(sql)
                    : physical.prepareStatement(sql, options[0], options[1]);
        }
        return lent(mine, key, statement);
    }

    /**
     * The connection with its plain {@code prepareStatement(sql)} calls served from this cache and nothing else
     * changed (no counting, no timeouts): for the sandbox's own tables ({@code SharedDatabase}), whose page and
     * permission reads ran on every view and were compiled afresh each time.
     */
    Connection reusing(Connection pooled) {
        return (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        PreparedStatement cached = prepareIfCached(pooled, args);
                        if (cached != null) {
                            return cached;
                        }
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    try {
                        return method.invoke(pooled, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static PreparedStatement lent(Map<String, PreparedStatement> mine, String sql, PreparedStatement statement) {
        boolean[] state = new boolean[2]; // [0]: given back, [1]: settings changed
        return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    switch (name) {
                        case "close":
                            if (!state[0]) {
                                state[0] = true;
                                giveBack(mine, sql, statement, state[1]);
                            }
                            return null;
                        case "isClosed":
                            return state[0] || statement.isClosed();
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            break;
                    }
                    if (state[0]) {
                        throw new SQLException("Statement is closed", "HY010");
                    }
                    if (SETTINGS.contains(name)) {
                        state[1] = true;
                    }
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void giveBack(Map<String, PreparedStatement> mine, String sql, PreparedStatement statement,
                                 boolean changed) throws SQLException {
        if (!changed && !statement.isClosed()) {
            java.sql.ResultSet open = statement.getResultSet();
            if (open != null) {
                open.close();
            }
            statement.clearParameters();
            statement.clearWarnings();
            synchronized (mine) {
                if (mine.size() < PER_CONNECTION && !mine.containsKey(sql)) {
                    mine.put(sql, statement);
                    return;
                }
            }
        }
        statement.close();
    }
}
