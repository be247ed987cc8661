package org.socialplaybook.sandbox.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.rules.ExternalResource;
import org.socialplaybook.sandbox.SandboxConfig;

/**
 * One database for the nodes of a cluster test: a fresh PostgreSQL database when {@code -Dsandbox.test.db=postgresql}
 * or {@code -Dao.jdbc.url=jdbc:postgresql:...} says so (created on that server, dropped afterwards; user and password
 * from {@code ao.jdbc.user}/{@code ao.jdbc.password}, default playbook/playbook), else an HSQLDB in-memory database
 * that every node in this JVM opens by its URL.
 */
public final class ClusterDatabase extends ExternalResource {
    private static final String DEFAULT_PG = "jdbc:postgresql://localhost:5432/playbook";

    private final String name = "cluster_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String adminUrl;
    private final String user;
    private final String password;
    private String url;

    public ClusterDatabase() {
        String configured = System.getProperty("ao.jdbc.url");
        boolean postgres = "postgresql".equalsIgnoreCase(System.getProperty("sandbox.test.db"))
                || (configured != null && configured.startsWith("jdbc:postgresql:"));
        this.adminUrl = postgres ? (configured != null && configured.startsWith("jdbc:postgresql:") ? configured : DEFAULT_PG) : null;
        this.user = postgres ? System.getProperty("ao.jdbc.user", "playbook") : "SA";
        this.password = postgres ? System.getProperty("ao.jdbc.password", "playbook") : "";
    }

    @Override
    protected void before() throws SQLException {
        if (adminUrl == null) {
            url = "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc";
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    @Override
    protected void after() {
        if (adminUrl == null) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already gone
            }
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    public String engine() {
        return adminUrl == null ? "HSQLDB (shared in-memory)" : "PostgreSQL";
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * {@code c} as one node of a cluster on this database (no Jira, no data directory database): {@code seed} says
     * whether this node adds the demo data, as only the first node of a cluster does.
     */
    public SandboxConfig node(SandboxConfig c, boolean seed) {
        return new SandboxConfig(c.port(), c.contextPath(), c.dataDirectory(), false, url(), user(), password(),
                null, null, null, c.clock(), c.extraRestClasses(), seed);
    }
}
