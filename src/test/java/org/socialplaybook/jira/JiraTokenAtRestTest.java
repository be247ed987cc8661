package org.socialplaybook.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** Through the REST API a space admin uses: the token saved is sealed in the database, the key is in the data dir. */
public class JiraTokenAtRestTest {
    private static final String NEW_TOKEN = "pat-from-the-admin-screen-41c9";
    private static final FakeJira JIRA = new FakeJira();
    private static final SandboxRule SANDBOX = new SandboxRule(c -> c.withJira(JIRA.url(), null, FakeJira.TOKEN));
    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(JIRA).around(SANDBOX);

    private static String rawTable() throws Exception {
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        StringBuilder all = new StringBuilder();
        try (Connection c = ao.openJdbcConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT * FROM " + ao.tableName(JiraConnectionEntity.class))) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    all.append(rows.getMetaData().getColumnName(i)).append('=').append(rows.getString(i)).append(' ');
                }
            }
        }
        return all.toString();
    }

    @Test
    public void aTokenSavedThroughRestIsSealedInTheTableAndStillSignsIn() throws Exception {
        assertFalse(rawTable().contains(FakeJira.TOKEN));

        assertEquals(200, SANDBOX.putJson("sofia", "/jira/spaces/SOCIAL/connection",
                "{\"baseUrl\":\"" + JIRA.url() + "\",\"auth\":\"TOKEN\",\"token\":\"" + NEW_TOKEN + "\"}").statusCode());

        String table = rawTable();
        assertFalse(table, table.contains(NEW_TOKEN));
        assertTrue(table, table.contains("SEALED_SECRET=sp1:"));
        assertTrue(SandboxRule.json(SANDBOX.get("sofia", "/jira/spaces/SOCIAL/connection")).get("secretStored").asBoolean());
        Path keys = SANDBOX.sandbox().config().dataDirectory().resolve("social-playbook/secret.keys");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
    }
}
