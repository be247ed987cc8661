package org.socialplaybook.sandbox.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Types;
import java.util.List;
import net.java.ao.Entity;
import net.java.ao.types.DatabaseType;
import net.java.ao.types.TypeManager;
import org.junit.Test;

/**
 * The sandbox's lock-free {@link TypeManager} is the one the ORM loads, and it answers exactly as ActiveObjects
 * 0.8.2's own (loaded here from the ORM's jar, apart) for every Java and SQL type the plugin's entities use.
 */
public class TypeManagerTest {
    private static final List<Class<?>> JAVA_TYPES = List.of(String.class, Integer.class, int.class, Long.class, long.class,
            Boolean.class, boolean.class, Double.class, double.class, Float.class, float.class, Short.class, short.class,
            java.util.Date.class, java.sql.Timestamp.class, java.sql.Date.class, java.util.Calendar.class,
            java.net.URL.class, java.net.URI.class, Thread.State.class, Character.class, char.class, byte[].class);
    private static final int[] SQL_TYPES = {Types.BIGINT, Types.BOOLEAN, Types.BIT, Types.BLOB, Types.CHAR, Types.DOUBLE,
            Types.FLOAT, Types.INTEGER, Types.TIMESTAMP, Types.DATE, Types.TINYINT, Types.VARCHAR, Types.LONGVARCHAR,
            Types.CLOB, Types.REAL, Types.NUMERIC, Types.DECIMAL, Types.SMALLINT, Types.OTHER, Types.ARRAY};

    interface Sample extends Entity {
    }

    @Test
    public void theOrmLoadsTheSandboxsTypeManager() {
        URL jar = net.java.ao.EntityManager.class.getProtectionDomain().getCodeSource().getLocation();
        URL ours = TypeManager.class.getProtectionDomain().getCodeSource().getLocation();
        assertFalse("TypeManager from " + ours + ", the ORM from " + jar, ours.equals(jar));
        assertSame(TypeManager.getInstance(), TypeManager.getInstance());
    }

    @Test
    public void itAnswersAsTheOrmsOwnForEveryJavaAndSqlType() throws Exception {
        URL jar = net.java.ao.EntityManager.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader stock = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            Class<?> stockClass = stock.loadClass("net.java.ao.types.TypeManager");
            Object original = stockClass.getMethod("getInstance").invoke(null);
            Method byClass = stockClass.getMethod("getType", Class.class);
            Method bySql = stockClass.getMethod("getType", int.class);
            for (Class<?> type : JAVA_TYPES) {
                String expected;
                try {
                    expected = byClass.invoke(original, type).getClass().getName();
                } catch (java.lang.reflect.InvocationTargetException e) {
                    expected = "refused: " + e.getCause().getMessage();
                }
                String actual;
                try {
                    actual = TypeManager.getInstance().getType(type).getClass().getName();
                } catch (RuntimeException e) {
                    actual = "refused: " + e.getMessage();
                }
                assertEquals(type.getName(), expected, actual);
            }
            for (int sqlType : SQL_TYPES) {
                DatabaseType<?> ours = TypeManager.getInstance().getType(sqlType);
                Object theirs = bySql.invoke(original, sqlType);
                assertEquals("SQL type " + sqlType, theirs.getClass().getName(), ours.getClass().getName());
                assertEquals("SQL type " + sqlType, theirs.getClass().getMethod("getType").invoke(theirs), ours.getType());
            }
        }
        assertEquals("net.java.ao.types.EntityType", TypeManager.getInstance().getType(Sample.class).getClass().getName());
    }
}
