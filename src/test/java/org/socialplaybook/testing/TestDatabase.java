package org.socialplaybook.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Assume;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/**
 * The database every persistence, REST and browser test runs on, chosen by the system property
 * {@code sandbox.test.db}: {@code hsqldb} (default: a private in-memory database per call) or {@code postgresql}
 * (a fresh database per call on the server at {@code sandbox.test.db.url}, as {@code sandbox.test.db.user} /
 * {@code sandbox.test.db.password}, named {@code <sandbox.test.db.prefix>_<pid>_<n>} and dropped when its
 * ActiveObjects closes or the JVM ends). pom.xml runs the suite once per database.
 */
public final class TestDatabase {
    public static final String KIND = System.getProperty("sandbox.test.db", "hsqldb").toLowerCase(Locale.ROOT);
    private static final String ADMIN_URL = System.getProperty("sandbox.test.db.url", "jdbc:postgresql://localhost:5432/playbook");
    private static final String USER = System.getProperty("sandbox.test.db.user", "playbook");
    private static final String PASSWORD = System.getProperty("sandbox.test.db.password", "playbook");
    private static final String PREFIX = System.getProperty("sandbox.test.db.prefix", "playbook_test");
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        if (!KIND.equals("hsqldb") && !KIND.equals("postgresql")) {
            throw new IllegalStateException("sandbox.test.db is hsqldb or postgresql, not " + KIND);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll));
    }

    /** Where a test's sandbox keeps its data: a JDBC URL with its user and password. */
    public record Jdbc(String url, String user, String password) {
    }

    private TestDatabase() {
    }

    public static boolean postgres() {
        return KIND.equals("postgresql");
    }

    /** Skips the calling test on the other database, saying why it only makes sense on this one. */
    public static void assumeHsqldb(String reason) {
        Assume.assumeTrue("HSQLDB only: " + reason, !postgres());
    }

    /** A fresh, private, empty database for one test. */
    public static EmbeddedActiveObjects activeObjects(String namespace) {
        if (!postgres()) {
            return EmbeddedActiveObjects.inMemory(namespace);
        }
        Jdbc jdbc = fresh();
        String name = jdbc.url().substring(jdbc.url().lastIndexOf('/') + 1);
        return EmbeddedActiveObjects.jdbc(jdbc.url(), jdbc.user(), jdbc.password(), namespace).whenClosed(() -> drop(name));
    }

    /** A fresh PostgreSQL database (on HSQLDB: null, the sandbox takes a private in-memory one). */
    public static Jdbc fresh() {
        if (!postgres()) {
            return null;
        }
        String name = (PREFIX + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT);
        admin("CREATE DATABASE " + name);
        CREATED.add(name);
        return new Jdbc(ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name, USER, PASSWORD);
    }

    /** Drops the database of a URL {@link #fresh} gave (nothing for any other URL, or null). */
    public static void release(String jdbcUrl) {
        if (jdbcUrl != null) {
            drop(jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
        }
    }

    private static void dropAll() {
        List<String> names = List.copyOf(CREATED);
        if (names.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                CREATED.remove(name);
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static void drop(String name) {
        if (CREATED.remove(name)) {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + ADMIN_URL + ": " + e.getMessage(), e);
        }
    }
}
