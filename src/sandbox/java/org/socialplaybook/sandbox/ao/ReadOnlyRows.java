package org.socialplaybook.sandbox.ao;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Clob;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.FieldNameConverter;

/**
 * {@code ActiveObjects.stream} for the sandbox (AO 0.8.2 has none): one SELECT of the query's columns, and for each row
 * a read-only entity holding a snapshot of them, as Atlassian's AO hands out. A getter of a column the query did not
 * select, or any setter or {@code save()}, fails loudly rather than answering something the real AO would not.
 */
final class ReadOnlyRows {
    private ReadOnlyRows() {
    }

    static <T extends RawEntity<K>, K> void stream(AoDatabaseProvider provider, String table, Class<T> type,
                                                   Query query, FieldNameConverter names,
                                                   EntityStreamCallback<T, K> callback) throws SQLException {
        Map<Method, String> columns = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && m.getDeclaringClass() != RawEntity.class
                    && (m.getName().startsWith("get") || m.getName().startsWith("is"))) {
                columns.put(m, names.getName(m).toUpperCase(Locale.ROOT));
            }
        }
        Object[] parameters = query.getWhereParams() == null ? new Object[0] : query.getWhereParams();
        provider.executeQuery(select(table, query), parameters, rows -> {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> values = new HashMap<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    values.put(meta.getColumnLabel(c).toUpperCase(Locale.ROOT), snapshot(rows.getObject(c)));
                }
                callback.onRowRead(type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        (proxy, method, args) -> invoke(type, columns, values, proxy, method, args))));
            }
        });
    }

    /** The query as one SELECT on the entity's table: its columns (all when it names none), where, order, limit. */
    private static String select(String table, Query query) {
        StringBuilder sql = new StringBuilder("SELECT ");
        if (query.isDistinct()) {
            sql.append("DISTINCT ");
        }
        String[] fields = query.getFields();
        sql.append(fields == null || fields.length == 0 ? "*" : String.join(", ", fields)).append(" FROM ").append(table);
        if (query.getWhereClause() != null) {
            sql.append(" WHERE ").append(query.getWhereClause());
        }
        if (query.getOrderClause() != null) {
            sql.append(" ORDER BY ").append(query.getOrderClause());
        }
        if (query.getLimit() >= 0) {
            sql.append(" LIMIT ").append(query.getLimit());
            if (query.getOffset() > 0) {
                sql.append(" OFFSET ").append(query.getOffset());
            }
        }
        return sql.toString();
    }

    /** A value that outlives its row: large text is read now, not when the result set has moved on. */
    private static Object snapshot(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }

    private static Object invoke(Class<?> type, Map<Method, String> columns, Map<String, Object> values, Object proxy,
                                 Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return type.getSimpleName() + values;
            default:
                break;
        }
        String column = columns.get(method);
        if (column == null) {
            throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                    + ": a streamed entity is read-only");
        }
        if (!values.containsKey(column)) {
            throw new IllegalStateException(type.getSimpleName() + "." + method.getName() + ": column " + column
                    + " was not selected by the query");
        }
        return convert(values.get(column), method.getReturnType());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Object value, Class<?> to) {
        if (value == null) {
            if (to.isPrimitive()) {
                throw new IllegalStateException("NULL read through a primitive getter");
            }
            return null;
        }
        if (to == String.class) {
            return value.toString();
        }
        if (to == int.class || to == Integer.class) {
            return ((Number) value).intValue();
        }
        if (to == long.class || to == Long.class) {
            return ((Number) value).longValue();
        }
        if (to == double.class || to == Double.class) {
            return ((Number) value).doubleValue();
        }
        if (to == boolean.class || to == Boolean.class) {
            return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
        }
        if (to == Date.class) {
            return new Date(((Date) value).getTime());
        }
        if (to.isEnum()) {
            // AO 0.8.2 stores an enum as its ordinal; Atlassian's AO as its name
            return value instanceof Number n ? to.getEnumConstants()[n.intValue()]
                    : Enum.valueOf((Class<? extends Enum>) to, value.toString());
        }
        return value;
    }
}
