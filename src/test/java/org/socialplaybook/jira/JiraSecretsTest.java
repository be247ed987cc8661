package org.socialplaybook.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.socialplaybook.platform.KeyFileSecrets;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.confluence.SandboxApplicationProperties;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;

/**
 * The Jira token at rest: sealed (AES-GCM) with a key kept outside the database, in the home directory; the raw
 * table never holds it; a key rotation and a clear-text token left by an earlier version both keep the connection
 * working.
 */
public class JiraSecretsTest {
    @Rule
    public final FakeJira jira = new FakeJira();
    @Rule
    public final TemporaryFolder home = new TemporaryFolder();

    private final EmbeddedActiveObjects ao = EmbeddedActiveObjects.inMemory(PluginDescriptor.load().aoNamespace());
    private final JiraTimeouts timeouts = new JiraTimeouts(); // the defaults: this test is about the token, not about timeouts

    @After
    public void tearDown() {
        ao.close();
    }

    /** A fresh component graph over the same database and home, as after a restart. */
    private KeyFileSecrets secrets() {
        return new KeyFileSecrets(new SandboxApplicationProperties("http://localhost", "", home.getRoot().toPath()));
    }

    private JiraConnectionStore store(KeyFileSecrets secrets) {
        ao.migrate(JiraConnectionEntity.class);
        return new JiraConnectionStore((ActiveObjects) ao, secrets);
    }

    private String signedInAs(JiraConnectionStore store) {
        return new JiraGateway(type -> null, store, timeouts).require("SOCIAL").myselfDisplayName();
    }

    /** Every cell of the connection table, as the database files and a dump show it. */
    private List<String> rawCells() throws Exception {
        List<String> cells = new ArrayList<>();
        try (Connection c = ao.openJdbcConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT * FROM " + ao.tableName(JiraConnectionEntity.class))) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    cells.add(rows.getMetaData().getColumnName(i) + "=" + rows.getString(i));
                }
            }
        }
        return cells;
    }

    private String rawSealed() throws Exception {
        return rawCells().stream().filter(c -> c.startsWith(JiraConnectionEntity.SEALED_SECRET + "=")).findFirst()
                .orElseThrow().substring(JiraConnectionEntity.SEALED_SECRET.length() + 1);
    }

    @Test
    public void theRawTableHoldsNoTokenAndTheConnectionStillSignsIn() throws Exception {
        JiraConnectionStore store = store(secrets());

        store.save("SOCIAL", jira.url(), JiraAuth.TOKEN, null, FakeJira.TOKEN, "admin", Instant.now());

        List<String> cells = rawCells();
        assertFalse(cells.toString(), cells.stream().anyMatch(c -> c.contains(FakeJira.TOKEN)));
        assertTrue(cells.contains(JiraConnectionEntity.SECRET + "=null"));
        assertTrue(rawSealed().startsWith("sp1:k1:"));
        assertEquals("Jira Bot", signedInAs(store));
    }

    @Test
    public void theKeyFileIsCreatedOnFirstUseInTheHomeReadableByTheOwnerOnly() throws Exception {
        KeyFileSecrets secrets = secrets();
        store(secrets).save("SOCIAL", jira.url(), JiraAuth.TOKEN, null, FakeJira.TOKEN, "admin", Instant.now());

        Path file = secrets.keyFile();

        assertEquals(home.getRoot().toPath().resolve("social-playbook/secret.keys"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertFalse(Files.readString(file).contains(FakeJira.TOKEN));
    }

    @Test
    public void sealingTheSameTokenTwiceGivesDifferentTextAndATamperedValueDoesNotOpen() {
        KeyFileSecrets secrets = secrets();

        String first = secrets.seal(FakeJira.TOKEN);
        String second = secrets.seal(FakeJira.TOKEN);

        assertFalse(first.equals(second));
        assertEquals(FakeJira.TOKEN, secrets.open(second));
        String tampered = first.substring(0, first.length() - 4) + (first.endsWith("AAAA") ? "BBBB" : "AAAA");
        try {
            secrets.open(tampered);
            org.junit.Assert.fail("a tampered value opened");
        } catch (org.socialplaybook.platform.Secrets.Unreadable expected) {
            assertFalse(String.valueOf(expected.getMessage()).contains(FakeJira.TOKEN));
        }
    }

    @Test
    public void aKeyRotationKeepsTheConnectionWorkingAndTheNextStartReSealsWithTheNewKey() throws Exception {
        store(secrets()).save("SOCIAL", jira.url(), JiraAuth.TOKEN, null, FakeJira.TOKEN, "admin", Instant.now());
        String before = rawSealed();

        String newKey = secrets().rotate();
        assertEquals("Jira Bot", signedInAs(store(secrets())));
        new JiraSecretsUpgrade(store(secrets())).onStart();
        String after = rawSealed();
        List<String> onlyNewKey = Files.readAllLines(secrets().keyFile()).stream()
                .filter(l -> l.startsWith("#") || l.startsWith(newKey + " ")).collect(Collectors.toList());
        Files.write(secrets().keyFile(), onlyNewKey);

        assertEquals("k2", newKey);
        assertTrue(before.startsWith("sp1:k1:"));
        assertTrue(after, after.startsWith("sp1:k2:"));
        assertEquals("Jira Bot", signedInAs(store(secrets())));
        assertEquals(0, store(secrets()).sealAll());
    }

    @Test
    public void aTokenStoredInClearTextByThePreviousVersionIsSealedAtStartAndStillWorks() throws Exception {
        ao.migrate(JiraConnectionEntity.class);
        ao.create(JiraConnectionEntity.class, new DBParam(JiraConnectionEntity.SPACE_KEY, "SOCIAL"),
                new DBParam(JiraConnectionEntity.BASE_URL, jira.url()), new DBParam(JiraConnectionEntity.AUTH, JiraAuth.TOKEN.name()),
                new DBParam(JiraConnectionEntity.SECRET, FakeJira.TOKEN));
        assertTrue(rawCells().contains(JiraConnectionEntity.SECRET + "=" + FakeJira.TOKEN));

        new JiraSecretsUpgrade(store(secrets())).onStart();

        assertFalse(rawCells().toString(), rawCells().stream().anyMatch(c -> c.contains(FakeJira.TOKEN)));
        assertTrue(rawSealed().startsWith("sp1:"));
        assertEquals("Jira Bot", signedInAs(store(secrets())));
    }

    @Test
    public void aClearTextTokenIsSealedTheFirstTimeItIsReadEvenBeforeTheStartTaskRan() throws Exception {
        ao.migrate(JiraConnectionEntity.class);
        ao.create(JiraConnectionEntity.class, new DBParam(JiraConnectionEntity.SPACE_KEY, "SOCIAL"),
                new DBParam(JiraConnectionEntity.BASE_URL, jira.url()), new DBParam(JiraConnectionEntity.AUTH, JiraAuth.TOKEN.name()),
                new DBParam(JiraConnectionEntity.SECRET, FakeJira.TOKEN));

        assertEquals("Jira Bot", signedInAs(store(secrets())));

        assertFalse(rawCells().stream().anyMatch(c -> c.contains(FakeJira.TOKEN)));
    }

    @Test
    public void withTheKeyFileLostTheTokenCountsAsNotStoredAndIsNeverGuessed() throws Exception {
        KeyFileSecrets secrets = secrets();
        store(secrets).save("SOCIAL", jira.url(), JiraAuth.TOKEN, null, FakeJira.TOKEN, "admin", Instant.now());
        Files.delete(secrets.keyFile());

        JiraConnection connection = store(secrets()).find("SOCIAL").orElseThrow();

        assertNull(connection.secret());
        assertFalse(connection.describe().secretStored());
    }
}
