package org.socialplaybook.sandbox.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.UnderscoreFieldNameConverter;

/**
 * {@link ActiveObjects} over the real ActiveObjects ORM (the line Atlassian forked) on an embedded database:
 * in-memory HSQLDB for tests, an HSQLDB file for the sandbox, PostgreSQL when a JDBC URL says so.
 * Tables and columns are named as Atlassian's AO names them ({@code AO_<hash>_ENTITY}, {@code UPPER_UNDERSCORE}).
 */
public final class EmbeddedActiveObjects implements ActiveObjects, AutoCloseable {
    private static final AtomicLong IN_MEMORY_DATABASES = new AtomicLong();

    /** The ORM logs every SQL statement at INFO; keep a strong reference so the quieter level sticks. */
    private static final java.util.logging.Logger ORM_LOG = java.util.logging.Logger.getLogger("net.java.ao");

    static {
        ORM_LOG.setLevel(java.util.logging.Level.WARNING);
        // 0.8.2's relations cache asserts the opposite of what a one-to-many lookup passes it; the check is
        // wrong, not the lookup (Atlassian's fork dropped that cache). Keep it quiet when tests run with -ea.
        EntityManager.class.getClassLoader().setPackageAssertionStatus("net.java.ao", false);
        EntityManager.class.getClassLoader().setPackageAssertionStatus("net.java.ao.cache", false);
    }

    private final HikariDataSource dataSource;
    private final AoDatabaseProvider provider;
    private final CachingFieldNames fieldNames = new CachingFieldNames();
    /**
     * One ORM session per thread. AO 0.8.2 keeps one proxy per row with its values and pending changes; shared by all
     * threads, one thread's save could send (or drop) another's uncommitted changes, so two transactions were not
     * isolated. Atlassian's AO hands each caller its own entity objects; a session per thread does the same here.
     */
    private final ThreadLocal<EntityManager> managers = ThreadLocal.withInitial(this::newManager);
    private final StatementCounter statements = new StatementCounter();
    private final AoNaming naming;
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();

    /** Pooled connections, as many as Confluence's default pool leaves a plugin's requests in practice. */
    static final int POOL_SIZE = Integer.getInteger("sandbox.db.pool.size", 10);
    /** How long a request waits for a pooled connection before it is answered "busy" (Confluence: a few seconds). */
    static final long CHECKOUT_TIMEOUT_MS = Long.getLong("sandbox.db.checkout.timeout.ms", 5_000);
    /** How long a statement waits for another transaction's row lock before it fails (a conflict, not a hang). */
    static final long LOCK_TIMEOUT_MS = Long.getLong("sandbox.db.lock.timeout.ms", 5_000);

    private final List<Runnable> onClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watchdog;
    /** HSQLDB's statements kept open per connection (null on PostgreSQL), for the ORM and the sandbox's own tables. */
    private final StatementCache statementCache;

    private EmbeddedActiveObjects(String jdbcUrl, String user, String password, String namespace) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(Math.min(2, POOL_SIZE)); // grows on demand; a test's idle sandbox holds two at most
        config.setConnectionTimeout(CHECKOUT_TIMEOUT_MS);
        config.setPoolName("social-playbook-ao");
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // a row lock held by another transaction: wait this long, then fail with SQLState 55P03 (lock_not_available)
            config.setConnectionInitSql("SET lock_timeout = " + LOCK_TIMEOUT_MS);
        }
        this.dataSource = new HikariDataSource(config);
        // Each thread takes its own pooled connection when it first runs SQL, outside the ORM's provider-wide lock
        // (LazyConnection); each statement waits a bounded time (the lock timeout, twice over) for what it needs.
        int queryTimeoutSeconds = (int) Math.max(1, 2 * LOCK_TIMEOUT_MS / 1000);
        // PostgreSQL bounds lock waits itself (lock_timeout); HSQLDB and H2 get their statements cancelled instead
        this.watchdog = jdbcUrl.startsWith("jdbc:postgresql:") ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "social-playbook-ao-statement-timeout");
            t.setDaemon(true);
            return t;
        });
        // HSQLDB compiles every statement it is handed unless one with the same SQL is open: keep them open per
        // connection. PostgreSQL's driver prepares on the server itself (and a kept plan would outlive a migration).
        StatementCache cache = jdbcUrl.startsWith("jdbc:postgresql:") ? null : new StatementCache();
        this.statementCache = cache;
        this.naming = new AoNaming(namespace);
        this.provider = AoDatabaseProvider.forUrl(jdbcUrl, user, password, () -> LazyConnection.of(
                () -> statements.wrap(dataSource.getConnection(), queryTimeoutSeconds, watchdog, cache)),
                naming.prefix());
    }

    /** Runs {@code action} when this instance closes (tests drop their private database then). */
    public EmbeddedActiveObjects whenClosed(Runnable action) {
        onClose.add(action);
        return this;
    }

    private EntityManager newManager() {
        EntityManager manager = new EntityManager(provider.provider(), true);
        manager.setTableNameConverter(naming);
        manager.setFieldNameConverter(fieldNames);
        return manager;
    }

    private EntityManager entityManager() {
        return managers.get();
    }

    /** A fresh private in-memory database; each call gets its own. */
    public static EmbeddedActiveObjects inMemory(String namespace) {
        String name = "ao" + IN_MEMORY_DATABASES.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        return new EmbeddedActiveObjects("jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc", "SA", "", namespace);
    }

    /** An HSQLDB database in files under {@code directory}; survives restarts. */
    public static EmbeddedActiveObjects inDirectory(Path directory, String namespace) {
        String url = "jdbc:hsqldb:file:" + directory.resolve("ao").toAbsolutePath() + ";hsqldb.tx=mvcc;hsqldb.write_delay=false";
        return new EmbeddedActiveObjects(url, "SA", "", namespace);
    }

    /** Any database the ORM supports by URL, e.g. {@code jdbc:postgresql://localhost/playbook}. */
    public static EmbeddedActiveObjects jdbc(String jdbcUrl, String user, String password, String namespace) {
        return new EmbeddedActiveObjects(jdbcUrl, user, password, namespace);
    }

    public StatementCounter statements() {
        return statements;
    }

    /**
     * A plain JDBC connection to the same database, for tests that look at the schema itself; its SQL names tables
     * and columns as the ORM's does (quoted on PostgreSQL).
     */
    public Connection openJdbcConnection() throws SQLException {
        Connection connection = provider.wrap(dataSource.getConnection());
        return statementCache == null ? connection : statementCache.reusing(connection);
    }

    public String tableName(Class<? extends RawEntity<?>> entity) {
        return naming.getName(entity);
    }

    public String columnName(Method accessor) {
        return entityManager().getFieldNameConverter().getName(accessor);
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        List<String> violations = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            violations.addAll(AoPortability.violations(entity));
        }
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Entities Atlassian's Active Objects would reject:\n  "
                    + String.join("\n  ", violations));
        }
        provider.declareColumnTypes(entities, naming, entityManager().getFieldNameConverter());
        provider.declareNames(entities, naming, entityManager().getFieldNameConverter());
        sql(() -> {
            entityManager().migrate(entities);
            return null;
        });
        provider.createDeclaredIndexes(entities, naming, entityManager().getFieldNameConverter());
    }

    @Override
    public void flushAll() {
        entityManager().flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager().flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return entityManager().get(type, keys);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        T[] found = sql(() -> entityManager().find(type, Query.select().where(
                net.java.ao.Common.getPrimaryKeyField(type, entityManager().getFieldNameConverter()) + " = ?", key)));
        return found.length == 0 ? null : found[0];
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        DBParam[] values = new DBParam[params.length];
        for (int i = 0; i < params.length; i++) {
            values[i] = params[i].getValue() == null ? new NullParam(params[i].getField()) : params[i];
        }
        return sql(() -> entityManager().create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        List<DBParam> values = new ArrayList<>();
        params.forEach((field, value) -> values.add(new DBParam(field, value)));
        return create(type, values.toArray(new DBParam[0]));
    }

    /**
     * An explicit null in {@code create}: AO 0.8.2 keeps the parameters in a set and {@code DBParam.hashCode} fails on
     * a null value (Atlassian's AO takes them); this one hashes by its column, and the provider binds it typed.
     */
    private static final class NullParam extends DBParam {
        NullParam(String field) {
            super(field, null);
        }

        @Override
        public int hashCode() {
            return getField().hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DBParam p && p.getField().equals(getField());
        }
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager().delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        String sql = "DELETE FROM " + naming.getName(type) + (criteria == null ? "" : " WHERE " + criteria);
        return sql(() -> provider.executeUpdate(sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager().find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager().find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager().find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        sql(() -> {
            ReadOnlyRows.stream(provider, naming.getName(type), type, query, fieldNames, streamCallback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback) {
        stream(type, Query.select(), streamCallback);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager().count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager().count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager().count(type, query));
    }

    /**
     * Runs the callback in one database transaction on this thread's connection: everything it does commits
     * together, and any exception rolls all of it back (and is rethrown). A nested call joins the outer one.
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (transaction.get() != null) {
            return callback.doInTransaction();
        }
        Connection connection = sql(provider::getConnection);
        boolean committed = false;
        try {
            AoDatabaseProvider.setCloseable(connection, false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            transaction.set(connection);
            T result = callback.doInTransaction();
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            throw new AoException(e);
        } finally {
            transaction.remove();
            try {
                if (!committed) {
                    connection.rollback();
                    entityManager().flushAll();
                }
                connection.setAutoCommit(true);
                AoDatabaseProvider.setCloseable(connection, true);
                connection.close();
            } catch (SQLException e) {
                if (committed) {
                    throw new AoException(e);
                }
            }
        }
    }

    @Override
    public void close() {
        provider.dispose();
        dataSource.close();
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        onClose.forEach(Runnable::run);
    }

    /**
     * UPPER_UNDERSCORE column names, each worked out once: the ORM converts the accessor's name on every getter
     * call, and Atlassian's AO caches the conversion the same way (its CachingFieldNameConverter).
     */
    private static final class CachingFieldNames extends UnderscoreFieldNameConverter {
        private final Map<Method, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Method, String> polyNames = new java.util.concurrent.ConcurrentHashMap<>();

        CachingFieldNames() {
            super(true);
        }

        @Override
        public String getName(Method method) {
            return names.computeIfAbsent(method, super::getName);
        }

        @Override
        public String getPolyTypeName(Method method) {
            String name = polyNames.get(method);
            if (name == null) {
                name = super.getPolyTypeName(method);
                if (name != null) {
                    polyNames.put(method, name);
                }
            }
            return name;
        }
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new AoException(e);
        }
    }

    /** What the ORM's {@link SQLException}s become, as Atlassian's AO wraps them in its own runtime exception. */
    public static final class AoException extends RuntimeException {
        AoException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
