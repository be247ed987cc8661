package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.util.Map;
import org.junit.Test;

public class SandboxConfigTest {
    @Test
    public void helpIsAskedForWithDashDashHelpAndTheUsageNamesEveryOption() {
        assertNull(SandboxConfig.parse(new String[] {"--help"}, Map.of()));
        for (String option : new String[] {"--port", "--data-dir", "--jdbc-url", "--jdbc-user", "--jira-url", "JIRA_TOKEN", "--no-demo-data"}) {
            assertTrue(option, SandboxConfig.USAGE.contains(option));
        }
    }

    @Test
    public void defaultsAreTheSdkPortAndAHiddenDataDirectory() {
        SandboxConfig config = SandboxConfig.parse(new String[0], Map.of());

        assertEquals(1990, config.port());
        assertEquals("/confluence", config.contextPath());
        assertEquals(Path.of(".sandbox-data"), config.dataDirectory());
        assertNull(config.jiraUrl());
    }

    @Test
    public void flagsWinOverEnvironmentAndSecretsComeOnlyFromTheEnvironment() {
        SandboxConfig config = SandboxConfig.parse(new String[] {"--port", "2990", "--jira-url", "http://jira.local"},
                Map.of("SANDBOX_PORT", "3000", "JIRA_TOKEN", "s3cr3t-token", "SANDBOX_JDBC_PASSWORD", "pw"));

        assertEquals(2990, config.port());
        assertEquals("http://jira.local", config.jiraUrl());
        assertEquals("s3cr3t-token", config.jiraToken());
        assertEquals("pw", config.jdbcPassword());
        assertFalse("the token never appears in logs", config.toString().contains("s3cr3t"));
    }

    @Test
    public void aBadPortOrAnUnknownOptionIsRefusedWithAClearMessage() {
        try {
            SandboxConfig.parse(new String[] {"--port", "http"}, Map.of());
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("--port takes a number"));
        }
        try {
            SandboxConfig.parse(new String[] {"--colour"}, Map.of());
            fail();
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("Unknown option --colour"));
        }
    }
}
