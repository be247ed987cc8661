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

    static AoDatabaseProvider forUrl(String url, String user, String password, ConnectionSource source) {
        if (url.startsWith("jdbc:hsqldb:")) {
            return new Hsql(url, user, password, source);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new Postgres(url, user, password, source);
        }
        throw new IllegalArgumentException("Unsupported JDBC URL (HSQLDB or PostgreSQL): " + url);
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

    /** Binds parameters as the ORM itself does (its type for each value's class). */
    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setObject(i + 1, null);
            } else {
                @SuppressWarnings("unchecked")
                DatabaseType<Object> type = (DatabaseType<Object>) TypeManager.getInstance().getType(value.getClass());
                type.putToDatabase(i + 1, statement, value);
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

        Hsql(String uri, String username, String password, ConnectionSource source) {
            super(uri, username, password);
            this.source = source;
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
            return source.get();
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

        Postgres(String uri, String username, String password, ConnectionSource source) {
            super(uri, username, password);
            this.source = source;
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
            return source.get();
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
