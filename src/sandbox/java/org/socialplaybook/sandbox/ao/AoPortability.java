package org.socialplaybook.sandbox.ao;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.java.ao.Entity;
import net.java.ao.ManyToMany;
import net.java.ao.OneToMany;
import net.java.ao.OneToOne;
import net.java.ao.Preload;
import net.java.ao.RawEntity;
import net.java.ao.schema.Ignore;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.OnUpdate;
import net.java.ao.schema.SQLType;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * What Atlassian's Active Objects would reject when the plugin starts, or what would work on one AO line and
 * break on the other: the rules in docs/architecture.md, checked on an entity interface by reflection.
 * The embedded AO refuses to migrate an entity that breaks one, the way the fork refuses to start.
 */
public final class AoPortability {
    /** The prefix {@code AO_xxxxxx_} takes 10 of the 30 characters a table name may have. */
    public static final int MAX_ENTITY_NAME = 20;
    public static final int MAX_COLUMN_NAME = 30;

    /** Words that are reserved in at least one database Confluence supports (or in the fork's own list). */
    static final Set<String> RESERVED = Set.of(
            "ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AUDIT", "BETWEEN", "BLOB", "BY", "CASE",
            "CHAR", "CHECK", "CLOB", "CLUSTER", "COLUMN", "COMMENT", "COMPRESS", "CONNECT", "CONSTRAINT", "CREATE",
            "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DATE",
            "DECIMAL", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXCLUSIVE", "EXISTS",
            "FALSE", "FETCH", "FILE", "FLOAT", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING",
            "IDENTIFIED", "IMMEDIATE", "IN", "INCREMENT", "INDEX", "INITIAL", "INNER", "INSERT", "INTEGER",
            "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEFT", "LEVEL", "LIKE", "LIMIT", "LOCK", "LONG",
            "MAXEXTENTS", "MINUS", "MODE", "MODIFY", "NATURAL", "NOAUDIT", "NOCOMPRESS", "NOT", "NOWAIT", "NULL",
            "NUMBER", "OF", "OFFLINE", "OFFSET", "ON", "ONLINE", "OPTION", "OR", "ORDER", "OUTER", "PCTFREE",
            "POSITION", "PRIMARY", "PRIOR", "PRIVILEGES", "PUBLIC", "RAW", "REFERENCES", "RENAME", "RESOURCE",
            "REVOKE", "RIGHT", "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SHARE", "SIZE",
            "SMALLINT", "START", "SUCCESSFUL", "SYNONYM", "SYSDATE", "TABLE", "THEN", "TIME", "TIMESTAMP", "TO",
            "TRIGGER", "TRUE", "UID", "UNION", "UNIQUE", "UPDATE", "USER", "USING", "VALIDATE", "VALUE", "VALUES",
            "VARCHAR", "VARCHAR2", "VIEW", "WHEN", "WHENEVER", "WHERE", "WITH");

    private static final Set<Class<?>> PLAIN_TYPES = Set.of(int.class, Integer.class, long.class, Long.class,
            double.class, Double.class, boolean.class, Boolean.class, String.class, Date.class);

    private AoPortability() {
    }

    /** Every rule the entity breaks, as sentences naming the entity and the method; empty when it is portable. */
    public static List<String> violations(Class<?> entity) {
        List<String> found = new ArrayList<>();
        String name = entity.getSimpleName();
        if (!entity.isInterface() || !RawEntity.class.isAssignableFrom(entity)) {
            found.add(name + ": an entity is an interface extending net.java.ao.Entity");
            return found;
        }
        if (!Entity.class.isAssignableFrom(entity)) {
            found.add(name + ": extend net.java.ao.Entity (an int ID primary key), not RawEntity with a custom key");
        }
        if (entity.getAnnotation(Preload.class) == null) {
            found.add(name + ": add @Preload so find() loads each row in one query (no query per field, no N+1)");
        }
        Table table = entity.getAnnotation(Table.class);
        String tableName = AoNaming.underscore(table != null ? table.value() : name);
        if (tableName.length() > MAX_ENTITY_NAME) {
            found.add(name + ": table name " + tableName + " is " + tableName.length() + " characters; at most "
                    + MAX_ENTITY_NAME + " fit after the AO_xxxxxx_ prefix");
        }
        if (RESERVED.contains(tableName)) {
            found.add(name + ": table name " + tableName + " is an SQL reserved word");
        }
        Map<String, Method> columns = new HashMap<>();
        Map<String, Method> accessors = new HashMap<>();
        for (Method method : entity.getMethods()) {
            if (method.getDeclaringClass() == RawEntity.class || method.getDeclaringClass() == Entity.class
                    || method.getParameterCount() != 0 || method.getReturnType() == void.class) {
                continue;
            }
            String label = name + "." + method.getName() + "()";
            for (Annotation a : method.getAnnotations()) {
                if (a instanceof SQLType) {
                    found.add(label + ": @SQLType is not supported by Atlassian's AO");
                }
                if (a instanceof OnUpdate) {
                    found.add(label + ": @OnUpdate is not supported by Atlassian's AO");
                }
            }
            if (method.isAnnotationPresent(Ignore.class)) {
                continue;
            }
            Class<?> type = method.getReturnType();
            if (method.isAnnotationPresent(OneToMany.class) || method.isAnnotationPresent(ManyToMany.class)
                    || method.isAnnotationPresent(OneToOne.class)) {
                continue;
            }
            String attribute = attributeName(method);
            if (attribute == null) {
                continue;
            }
            accessors.put(method.getName(), method);
            boolean reference = RawEntity.class.isAssignableFrom(type);
            String column = AoNaming.underscore(attribute) + (reference ? "_ID" : "");
            if (columns.put(column, method) != null) {
                found.add(label + ": a second accessor for column " + column);
            }
            if (column.length() > MAX_COLUMN_NAME) {
                found.add(label + ": column " + column + " is " + column.length() + " characters; at most "
                        + MAX_COLUMN_NAME);
            }
            if (RESERVED.contains(column)) {
                found.add(label + ": column " + column + " is an SQL reserved word");
            }
            if (!reference && !type.isEnum() && !PLAIN_TYPES.contains(type)) {
                found.add(label + ": type " + type.getSimpleName() + " is outside the portable set "
                        + "(int, long, double, boolean and their boxes, String, Enum, java.util.Date, entities)");
            }
            StringLength length = method.getAnnotation(StringLength.class);
            if (length != null) {
                if (type != String.class) {
                    found.add(label + ": @StringLength is only for String columns");
                } else if (length.value() == StringLength.UNLIMITED) {
                    if (method.isAnnotationPresent(Indexed.class) || method.isAnnotationPresent(Unique.class)) {
                        found.add(label + ": unlimited text cannot be indexed or unique (it becomes a CLOB)");
                    }
                } else if (length.value() > StringLength.MAX_LENGTH || length.value() < 1) {
                    found.add(label + ": @StringLength " + length.value() + " must be 1.." + StringLength.MAX_LENGTH
                            + " or UNLIMITED");
                }
            }
        }
        Indexes indexes = entity.getAnnotation(Indexes.class);
        if (indexes != null) {
            for (Index index : indexes.value()) {
                for (String methodName : index.methodNames()) {
                    Method m = accessors.get(methodName);
                    if (m == null) {
                        found.add(name + ": index " + index.name() + " names " + methodName + ", which is not a column accessor");
                    } else if (isUnlimited(m)) {
                        found.add(name + ": index " + index.name() + " includes unlimited text " + methodName);
                    }
                }
            }
        }
        return found;
    }

    private static boolean isUnlimited(Method method) {
        StringLength length = method.getAnnotation(StringLength.class);
        return length != null && length.value() == StringLength.UNLIMITED;
    }

    /** "getUserKey" → "UserKey", "isActive" → "Active"; null for what is not an accessor. */
    static String attributeName(Method method) {
        String n = method.getName();
        if (n.startsWith("get") && n.length() > 3) {
            return n.substring(3);
        }
        if (n.startsWith("is") && n.length() > 2 && (method.getReturnType() == boolean.class
                || method.getReturnType() == Boolean.class)) {
            return n.substring(2);
        }
        net.java.ao.Accessor accessor = method.getAnnotation(net.java.ao.Accessor.class);
        return accessor == null ? null : accessor.value().substring(0, 1).toUpperCase(Locale.ROOT) + accessor.value().substring(1);
    }
}
