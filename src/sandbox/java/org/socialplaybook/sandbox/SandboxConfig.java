package org.socialplaybook.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the sandbox runs. From the command line ({@link #parse}) with environment variables as defaults; tests build
 * one directly (port 0 for a free port, an in-memory database, a fixed clock, extra REST resources).
 */
public record SandboxConfig(int port, String contextPath, Path dataDirectory, boolean inMemoryDatabase,
                            String jdbcUrl, String jdbcUser, String jdbcPassword,
                            String jiraUrl, String jiraUser, String jiraToken,
                            Clock clock, List<Class<?>> extraRestClasses, boolean seedDemoData) {

    public static final String USAGE = """
            Social Playbook sandbox: the plugin on an embedded Confluence-like host.

            Usage: mvn test-compile exec:java@sandbox -Dsandbox.args="[options]"

            Options (environment variable in brackets):
              --port N             HTTP port; 0 picks a free one               [SANDBOX_PORT, default 1990]
              --data-dir PATH      database files (pages included) and mail     [SANDBOX_DATA_DIR, default .sandbox-data]
              --jdbc-url URL       use this database instead (PostgreSQL or HSQLDB) [SANDBOX_JDBC_URL]
              --jdbc-user NAME     database user                                [SANDBOX_JDBC_USER]
                                   database password: environment only          [SANDBOX_JDBC_PASSWORD]
              --jira-url URL       Jira base URL for follow-ups (off when unset) [JIRA_URL]
              --jira-user EMAIL    Jira Cloud account e-mail (basic auth); unset means a PAT [JIRA_USER]
                                   Jira token (PAT or API token): environment only [JIRA_TOKEN]
              --no-demo-data       start with an empty database
              --help               this text

            Then open http://localhost:<port>/confluence and pick a demo user.
            """;

    public static SandboxConfig defaults() {
        return new SandboxConfig(1990, "/confluence", Path.of(".sandbox-data"), false, null, null, null,
                null, null, null, Clock.systemUTC(), List.of(), true);
    }

    /**
     * A sandbox for one test: free port, throwaway data directory, a private database on the one the suite runs on
     * ({@code org.socialplaybook.testing.TestDatabase}: in-memory HSQLDB, or a fresh PostgreSQL database).
     */
    public static SandboxConfig forTests(Path dataDirectory) {
        org.socialplaybook.testing.TestDatabase.Jdbc db = org.socialplaybook.testing.TestDatabase.fresh();
        return new SandboxConfig(0, "/confluence", dataDirectory, db == null, db == null ? null : db.url(),
                db == null ? null : db.user(), db == null ? null : db.password(),
                null, null, null, Clock.systemUTC(), List.of(), true);
    }

    public SandboxConfig withClock(Clock newClock) {
        return new SandboxConfig(port, contextPath, dataDirectory, inMemoryDatabase, jdbcUrl, jdbcUser, jdbcPassword,
                jiraUrl, jiraUser, jiraToken, newClock, extraRestClasses, seedDemoData);
    }

    public SandboxConfig withExtraRestClasses(List<Class<?>> classes) {
        return new SandboxConfig(port, contextPath, dataDirectory, inMemoryDatabase, jdbcUrl, jdbcUser, jdbcPassword,
                jiraUrl, jiraUser, jiraToken, clock, List.copyOf(classes), seedDemoData);
    }

    public SandboxConfig withJira(String url, String user, String token) {
        return new SandboxConfig(port, contextPath, dataDirectory, inMemoryDatabase, jdbcUrl, jdbcUser, jdbcPassword,
                url, user, token, clock, extraRestClasses, seedDemoData);
    }

    public SandboxConfig withoutDemoData() {
        return new SandboxConfig(port, contextPath, dataDirectory, inMemoryDatabase, jdbcUrl, jdbcUser, jdbcPassword,
                jiraUrl, jiraUser, jiraToken, clock, extraRestClasses, false);
    }

    /** Parses the command line; null means "print {@link #USAGE}". Bad input throws IllegalArgumentException. */
    public static SandboxConfig parse(String[] args, Map<String, String> env) {
        SandboxConfig d = defaults();
        int port = env.containsKey("SANDBOX_PORT") ? Integer.parseInt(env.get("SANDBOX_PORT")) : d.port();
        Path dataDir = env.containsKey("SANDBOX_DATA_DIR") ? Path.of(env.get("SANDBOX_DATA_DIR")) : d.dataDirectory();
        String jdbcUrl = env.get("SANDBOX_JDBC_URL");
        String jdbcUser = env.get("SANDBOX_JDBC_USER");
        String jiraUrl = env.get("JIRA_URL");
        String jiraUser = env.get("JIRA_USER");
        boolean seed = true;
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--port" -> port = parsePort(value(list, ++i, arg));
                case "--data-dir" -> dataDir = Path.of(value(list, ++i, arg));
                case "--jdbc-url" -> jdbcUrl = value(list, ++i, arg);
                case "--jdbc-user" -> jdbcUser = value(list, ++i, arg);
                case "--jira-url" -> jiraUrl = value(list, ++i, arg);
                case "--jira-user" -> jiraUser = value(list, ++i, arg);
                case "--no-demo-data" -> seed = false;
                default -> throw new IllegalArgumentException("Unknown option " + arg + " (see --help)");
            }
        }
        return new SandboxConfig(port, d.contextPath(), dataDir, false, jdbcUrl, jdbcUser,
                env.get("SANDBOX_JDBC_PASSWORD"), jiraUrl, jiraUser, env.get("JIRA_TOKEN"), Clock.systemUTC(), List.of(), seed);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value (see --help)");
        }
        return args.get(i);
    }

    private static int parsePort(String s) {
        try {
            int port = Integer.parseInt(s);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + s);
        }
    }

    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", dataDirectory=" + dataDirectory + ", jdbcUrl=" + jdbcUrl
                + ", jiraUrl=" + jiraUrl + ", jiraToken=" + (jiraToken == null ? "unset" : "set") + "]";
    }
}
