package org.socialplaybook.sandbox.ao;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.java.ao.RawEntity;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Atlassian's Active Objects quotes every table and column name on PostgreSQL, so they keep their upper case there
 * ({@code "AO_293608_RACI_MATRIX"}, {@code "ID"}); AO 0.8.2 writes them bare and PostgreSQL folds them to lower case.
 * This quotes, in each SQL text sent to the database, the bare names of our tables ({@code AO_<6 hex>_...}) and of
 * the declared entities' columns (in any case: 0.8.2 writes some in lower case, {@code UPDATE ... SET title = ?}),
 * upper-cased, as the fork does (it also quotes the column names in where and order clauses, so
 * stores keep writing {@code "UPPER_COLUMN = ?"}). Text in string literals and already quoted names stay as they are.
 */
final class QuotedNames {
    private static final Pattern TABLE = Pattern.compile("AO_[0-9A-F]{6}_[A-Z0-9_]+");

    private final Set<String> columns = ConcurrentHashMap.newKeySet();

    void declare(Class<? extends RawEntity<?>>[] entities, TableNameConverter tables, FieldNameConverter fields) {
        for (Class<? extends RawEntity<?>> entity : entities) {
            for (Method method : entity.getMethods()) {
                if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                        && (method.getName().startsWith("get") || method.getName().startsWith("is"))) {
                    String name = fields.getName(method);
                    if (name != null) {
                        columns.add(name);
                    }
                }
            }
        }
        columns.add("ID");
    }

    /** The SQL with our bare upper-case table and column names in double quotes. */
    String quote(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? n : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end);
                String upper = word.toUpperCase(Locale.ROOT);
                boolean afterDot = i > 0 && sql.charAt(i - 1) == '.';
                if (!afterDot && (columns.contains(upper) || TABLE.matcher(upper).matches())) {
                    out.append('"').append(upper).append('"');
                } else {
                    out.append(word);
                }
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                out.append(sql, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The connection with every SQL text it is handed quoted first. */
    Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(QuotedNames.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String sql
                            && (method.getName().startsWith("prepare") || method.getName().equals("nativeSQL"))) {
                        args[0] = quote(sql);
                    }
                    Object result;
                    try {
                        result = method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (result instanceof java.sql.Statement statement && !(result instanceof java.sql.PreparedStatement)) {
                        return quotingStatement(statement);
                    }
                    return result;
                });
    }

    private java.sql.Statement quotingStatement(java.sql.Statement statement) {
        return (java.sql.Statement) Proxy.newProxyInstance(QuotedNames.class.getClassLoader(),
                new Class<?>[] {java.sql.Statement.class}, (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String sql
                            && (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                        args[0] = quote(sql);
                    }
                    try {
                        return method.invoke(statement, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
