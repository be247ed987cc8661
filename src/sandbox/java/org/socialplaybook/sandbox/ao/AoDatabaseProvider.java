package org.socialplaybook.sandbox.ao;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.sql.Types;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;
import net.java.ao.db.HSQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.ddl.DDLAction;
import net.java.ao.schema.ddl.DDLField;
import net.java.ao.schema.ddl.DDLTable;
import net.java.ao.types.DatabaseType;
import net.java.ao.types.TypeManager;

/**
 * What the ORM's stock providers lack and Atlassian's AO has: pooled connections (counted), the
 * {@code @StringLength} column sizes (unlimited text included) and {@code @Indexes}. One subclass per database.
 */
interface AoDatabaseProvider {
    interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /**
     * {@code tablePrefix}: the plugin's {@code AO_<hash>_}. The ORM's migration reads (and so may change or drop)
     * only tables with that prefix, as Atlassian's AO does: 0.8.2 reads every table of the schema and drops those no
     * entity declares, which took the sandbox's own {@code SANDBOX_*} tables (pages, created spaces, job claims) with
     * it whenever a node started on a database that had them.
     */
    static AoDatabaseProvider forUrl(String url, String user, String password, ConnectionSource source,
                                     String tablePrefix) {
        if (url.startsWith("jdbc:hsqldb:")) {
            return new Hsql(url, user, password, source, tablePrefix);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new Postgres(url, user, password, source, tablePrefix);
        }
        if (url.startsWith("jdbc:h2:")) {
            return new H2(url, user, password, source, tablePrefix);
        }
        throw new IllegalArgumentException("Unsupported JDBC URL (HSQLDB, PostgreSQL or H2): " + url);
    }

    /** The connection as the ORM and our own SQL see it (on PostgreSQL: with our names quoted). */
    default Connection wrap(Connection connection) {
        return connection;
    }

    /** Learns the entities' column names (PostgreSQL quotes them, as Atlassian's AO does). */
    default void declareNames(Class<? extends RawEntity<?>>[] entities, TableNameConverter tables,
                              FieldNameConverter fields) {
    }

    ColumnTypes columnTypes();

    DatabaseProvider provider();

    default Connection getConnection() throws SQLException {
        return provider().getConnection();
    }

    default void dispose() {
        provider().dispose();
    }

    default void declareColumnTypes(Class<? extends RawEntity<?>>[] entities, TableNameConverter tables,
                                    FieldNameConverter fields) {
        columnTypes().declare(entities, tables, fields);
    }

    default void createDeclaredIndexes(Class<? extends RawEntity<?>>[] entities, TableNameConverter tables,
                                       FieldNameConverter fields) {
        for (Class<? extends RawEntity<?>> entity : entities) {
            Indexes indexes = entity.getAnnotation(Indexes.class);
            if (indexes == null) {
                continue;
            }
            String table = tables.getName(entity);
            for (Index index : indexes.value()) {
                List<String> columns = new ArrayList<>();
                for (String methodName : index.methodNames()) {
                    columns.add(fields.getName(accessor(entity, methodName)));
                }
                String name = "IX_" + table.substring(3, 10) + "_" + AoNaming.underscore(index.name());
                try {
                    executeUpdate("CREATE INDEX IF NOT EXISTS " + name + " ON " + table
                            + " (" + String.join(", ", columns) + ")");
                } catch (SQLException e) {
                    throw new EmbeddedActiveObjects.AoException(e);
                }
            }
        }
    }

    default int executeUpdate(String sql, Object... parameters) throws SQLException {
        Connection connection = getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } finally {
            connection.close();
        }
    }

    /** What reads the rows of {@link #executeQuery}, before the result set closes. */
    interface RowsReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** A SELECT on the ORM's connection (this thread's transaction, if any), its rows handed to {@code reader}. */
    default void executeQuery(String sql, Object[] parameters, RowsReader reader) throws SQLException {
        Connection connection = getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                reader.read(rows);
            }
        } finally {
            connection.close();
        }
    }

    /**
     * Binds parameters as the ORM itself does (its type for each value's class; an entity as its primary key), and a
     * null with the SQL type of the column it goes to ({@link #bindNull}).
     */
    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            bindValue(statement, i + 1, parameters[i]);
        }
    }

    private static void bindValue(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof RawEntity<?> entity) {
            value = net.java.ao.Common.getPrimaryKeyValue(entity);
        }
        if (value == null) {
            bindNull(statement, index);
        } else {
            @SuppressWarnings("unchecked")
            DatabaseType<Object> type = (DatabaseType<Object>) TypeManager.getInstance().getType(value.getClass());
            type.putToDatabase(index, statement, value);
        }
    }

    /**
     * A null bound with the SQL type of its column, as the database describes the parameter. AO 0.8.2 binds every null
     * as one fixed type (a VARCHAR on HSQLDB, an INTEGER on PostgreSQL), which PostgreSQL rejects for any other column
     * ({@code column "due_on" is of type timestamp ... but expression is of type integer}). When the database cannot
     * describe it, the type is left to the database ({@code Types.NULL}: PostgreSQL infers it from the column).
     */
    static void bindNull(PreparedStatement statement, int index) throws SQLException {
        int type;
        try {
            type = statement.getParameterMetaData().getParameterType(index);
        } catch (SQLException e) {
            type = Types.NULL;
        }
        statement.setNull(index, type == Types.OTHER ? Types.NULL : type);
    }

    /**
     * {@code DatabaseProvider.insertReturningKey} without the stock providers' {@code synchronized}: they held one
     * provider-wide monitor through the INSERT, so an insert waiting for a row or unique-key lock held by another
     * transaction kept every other thread's inserts (that transaction's too) waiting behind it. Nulls are bound with
     * their column's type; the key comes back from the database ({@code getGeneratedKeys}).
     */
    default <T> T insertRow(Connection connection, Class<T> pkType, String pkField, String table, DBParam... params)
            throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table);
        Object key = null;
        if (params.length == 0) {
            sql.append(" DEFAULT VALUES");
        } else {
            List<String> fields = new ArrayList<>();
            for (DBParam param : params) {
                fields.add(param.getField());
                if (param.getField().trim().equalsIgnoreCase(pkField)) {
                    key = param.getValue() instanceof RawEntity<?> e ? net.java.ao.Common.getPrimaryKeyValue(e) : param.getValue();
                }
            }
            sql.append(" (").append(String.join(", ", fields)).append(") VALUES (")
                    .append(String.join(", ", java.util.Collections.nCopies(params.length, "?"))).append(")");
        }
        boolean generated = key == null;
        try (PreparedStatement statement = generated
                ? connection.prepareStatement(sql.toString(), new String[] {pkField.toUpperCase(java.util.Locale.ROOT)})
                : connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.length; i++) {
                bindValue(statement, i + 1, params[i].getValue());
            }
            statement.executeUpdate();
            if (!generated) {
                return pkType.cast(key);
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No key generated for the new row of " + table);
                }
                return TypeManager.getInstance().getType(pkType).pullFromDatabase(null, keys, pkType, 1);
            }
        }
    }

    static Method accessor(Class<?> entity, String methodName) {
        for (Method method : entity.getMethods()) {
            if (method.getName().equals(methodName) && method.getParameterCount() == 0) {
                return method;
            }
        }
        throw new IllegalArgumentException(entity.getName() + " has no accessor " + methodName);
    }

    /** The ORM keeps one connection per thread behind a package-private interface; transactions pin it. */
    static void setCloseable(Connection connection, boolean closeable) throws SQLException {
        try {
            Class<?> delegate = Class.forName("net.java.ao.DelegateConnection");
            Method method = delegate.getMethod("setCloseable", boolean.class);
            method.setAccessible(true);
            method.invoke(connection, closeable);
        } catch (ReflectiveOperationException e) {
            throw new SQLException("Cannot pin the ORM's connection to the transaction", e);
        }
    }

    /** SQL column types for {@code @StringLength} columns, by table and column. */
    final class ColumnTypes {
        private final String unlimitedType;
        private final Map<String, Integer> lengths = new HashMap<>();
        private final Map<DDLField, String> overrides = new IdentityHashMap<>();

        ColumnTypes(String unlimitedType) {
            this.unlimitedType = unlimitedType;
        }

        synchronized void declare(Class<? extends RawEntity<?>>[] entities, TableNameConverter tables,
                                  FieldNameConverter fields) {
            for (Class<? extends RawEntity<?>> entity : entities) {
                for (Method method : entity.getMethods()) {
                    StringLength length = method.getAnnotation(StringLength.class);
                    if (length != null && method.getParameterCount() == 0) {
                        lengths.put(tables.getName(entity) + "." + fields.getName(method), length.value());
                    }
                }
            }
        }

        synchronized void adjust(DDLAction action) {
            DDLTable table = action.getTable();
            if (table == null) {
                return;
            }
            if (action.getField() != null) {
                adjust(table.getName(), action.getField());
            }
            for (DDLField field : table.getFields()) {
                adjust(table.getName(), field);
            }
        }

        private void adjust(String table, DDLField field) {
            Integer length = lengths.get(table + "." + field.getName());
            if (length == null) {
                return;
            }
            overrides.put(field, length == StringLength.UNLIMITED ? unlimitedType : "VARCHAR(" + length + ")");
        }

        synchronized String sqlType(DDLField field) {
            return overrides.get(field);
        }
    }

    final class Hsql extends HSQLDatabaseProvider implements AoDatabaseProvider {
        private final ConnectionSource source;
        private final ColumnTypes columnTypes = new ColumnTypes("LONGVARCHAR");

        private final String tablePrefix;

        Hsql(String uri, String username, String password, ConnectionSource source, String tablePrefix) {
            super(uri, username, password);
            this.source = source;
            this.tablePrefix = tablePrefix;
        }

        /** Only the plugin's own tables, as Atlassian's AO reads them (see {@link AoDatabaseProvider#forUrl}). */
        @Override
        public ResultSet getTables(Connection connection) throws SQLException {
            return connection.getMetaData().getTables(null, "PUBLIC", tablePrefix + "%", new String[] {"TABLE"});
        }

        @Override
        public ColumnTypes columnTypes() {
            return columnTypes;
        }

        @Override
        public DatabaseProvider provider() {
            return this;
        }

        @Override
        protected Connection getConnectionImpl() throws SQLException {
            return wrap(source.get());
        }

        @Override
        public <T> T insertReturningKey(Connection connection, Class<T> pkType, String pkField, boolean pkIdentity,
                                        String table, DBParam... params) throws SQLException {
            return insertRow(connection, pkType, pkField, table, params);
        }

        @Override
        public void putNull(PreparedStatement statement, int index) throws SQLException {
            bindNull(statement, index);
        }

        @Override
        public String[] renderAction(DDLAction action) {
            columnTypes.adjust(action);
            return super.renderAction(action);
        }

        @Override
        protected String renderFieldType(DDLField field) {
            String type = columnTypes.sqlType(field);
            return type != null ? type : super.renderFieldType(field);
        }

        @Override
        protected String renderFieldPrecision(DDLField field) {
            return columnTypes.sqlType(field) != null ? "" : super.renderFieldPrecision(field);
        }
    }

    /**
     * H2 (tests only: it checks that our names come out as the README states on a third database). H2 speaks the
     * HSQLDB provider's DDL; its metadata calls plain tables {@code BASE TABLE}.
     */
    final class H2 extends HSQLDatabaseProvider implements AoDatabaseProvider {
        private final ConnectionSource source;
        private final ColumnTypes columnTypes = new ColumnTypes("CLOB");

        private final String tablePrefix;

        H2(String uri, String username, String password, ConnectionSource source, String tablePrefix) {
            super(uri, username, password);
            this.source = source;
            this.tablePrefix = tablePrefix;
        }

        @Override
        public ColumnTypes columnTypes() {
            return columnTypes;
        }

        @Override
        public DatabaseProvider provider() {
            return this;
        }

        @Override
        protected Connection getConnectionImpl() throws SQLException {
            return wrap(source.get());
        }

        @Override
        public ResultSet getTables(Connection connection) throws SQLException {
            return connection.getMetaData().getTables(null, "PUBLIC", tablePrefix + "%", new String[] {"TABLE", "BASE TABLE"});
        }

        @Override
        public <T> T insertReturningKey(Connection connection, Class<T> pkType, String pkField, boolean pkIdentity,
                                        String table, DBParam... params) throws SQLException {
            return insertRow(connection, pkType, pkField, table, params);
        }

        @Override
        public void putNull(PreparedStatement statement, int index) throws SQLException {
            bindNull(statement, index);
        }

        @Override
        public void dispose() {
        }

        @Override
        public String[] renderAction(DDLAction action) {
            columnTypes.adjust(action);
            return super.renderAction(action);
        }

        @Override
        protected String renderFieldType(DDLField field) {
            String type = columnTypes.sqlType(field);
            return type != null ? type : super.renderFieldType(field);
        }

        @Override
        protected String renderFieldPrecision(DDLField field) {
            return columnTypes.sqlType(field) != null ? "" : super.renderFieldPrecision(field);
        }
    }

    final class Postgres extends PostgreSQLDatabaseProvider implements AoDatabaseProvider {
        private final ConnectionSource source;
        private final ColumnTypes columnTypes = new ColumnTypes("TEXT");
        private final QuotedNames names = new QuotedNames();

        @Override
        public Connection wrap(Connection connection) {
            return names.wrap(connection);
        }

        @Override
        public void declareNames(Class<? extends RawEntity<?>>[] entities, TableNameConverter tables,
                                 FieldNameConverter fields) {
            names.declare(entities, tables, fields);
        }

        private final String tablePrefix;

        Postgres(String uri, String username, String password, ConnectionSource source, String tablePrefix) {
            super(uri, username, password);
            this.source = source;
            this.tablePrefix = tablePrefix;
        }

        /** Only the plugin's own tables, as Atlassian's AO reads them (see {@link AoDatabaseProvider#forUrl}). */
        @Override
        public ResultSet getTables(Connection connection) throws SQLException {
            return connection.getMetaData().getTables("public", null, tablePrefix + "%", new String[] {"TABLE"});
        }

        @Override
        public ColumnTypes columnTypes() {
            return columnTypes;
        }

        @Override
        public DatabaseProvider provider() {
            return this;
        }

        @Override
        protected Connection getConnectionImpl() throws SQLException {
            return wrap(source.get());
        }

        @Override
        public <T> T insertReturningKey(Connection connection, Class<T> pkType, String pkField, boolean pkIdentity,
                                        String table, DBParam... params) throws SQLException {
            return insertRow(connection, pkType, pkField, table, params);
        }

        @Override
        public void putNull(PreparedStatement statement, int index) throws SQLException {
            bindNull(statement, index);
        }

        @Override
        public String[] renderAction(DDLAction action) {
            columnTypes.adjust(action);
            return super.renderAction(action);
        }

        @Override
        protected String renderFieldType(DDLField field) {
            String type = columnTypes.sqlType(field);
            return type != null ? type : super.renderFieldType(field);
        }

        @Override
        protected String renderFieldPrecision(DDLField field) {
            return columnTypes.sqlType(field) != null ? "" : super.renderFieldPrecision(field);
        }
    }
}
