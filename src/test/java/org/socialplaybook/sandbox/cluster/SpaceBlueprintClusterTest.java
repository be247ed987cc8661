package org.socialplaybook.sandbox.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.confluence.Directory;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.testing.SandboxRule;

/**
 * A space created from the blueprint is in the database, not in one node's memory: the second node of a two-node
 * cluster knows it at once (its name, its creator's admin access, a reader's view access), and so does a sandbox
 * started afresh on the same database (a restart), where a rename keeps the permissions (they are by user key) and
 * an erased user has none. Before, the second node and a restart fell back to the demo space's scheme.
 */
public class SpaceBlueprintClusterTest {
    private static final ClusterDatabase DB = new ClusterDatabase();
    private static final SandboxRule NODE1 = new SandboxRule(c -> DB.node(c, true));
    private static final SandboxRule NODE2 = new SandboxRule(c -> DB.node(c, false));

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(DB).around(NODE1).around(NODE2);


    private static HttpResponse<String> create(SandboxRule node, String key, String name) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"")
                .matcher(node.send(node.page("sofia", "/admin/users.action").GET()).body());
        assertTrue(m.find());
        String body = "atl_token=" + m.group(1) + "&key=" + key + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        return node.send(node.page("sofia", "/admin/createspace.action")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static void assertKnown(Sandbox sandbox, String key, String name) {
        Directory directory = sandbox.directory();
        assertTrue(directory.spaceExists(key));
        assertTrue("keys ignore case", directory.spaceExists(key.toLowerCase()));
        assertEquals(name, directory.otherSpace(key).orElseThrow().name());
        assertTrue(directory.otherSpaces().stream().anyMatch(s -> s.key().equals(key)));
        assertEquals("the creator administers it", Directory.Access.ADMIN, directory.spaceAccess(key, "sofia"));
        assertEquals("the demo space's scheme for the others", Directory.Access.EDIT, directory.spaceAccess(key, "liam"));
        assertEquals(Directory.Access.VIEW, directory.spaceAccess(key, "victor"));
        assertEquals(Directory.Access.NONE, directory.spaceAccess(key, null));
    }

    @Test
    public void theSecondNodeAndASandboxStartedAfreshOnTheSameDatabaseKnowTheCreatedSpace() throws Exception {
        assertEquals(302, create(NODE1, "CLUSTER", "Cluster team").statusCode());
        List<PageStore.StoredPage> pages = NODE2.sandbox().pages().inSpace("CLUSTER");
        assertEquals(8, pages.size());
        long home = pages.get(0).id();

        assertKnown(NODE2.sandbox(), "CLUSTER", "Cluster team");
        assertTrue("node 2: the creator gets the admin's next steps",
                NODE2.viewPage("sofia", home).contains("sp-step-next"));
        String asReader = NODE2.viewPage("victor", home);
        assertTrue(asReader.contains("sp-overview"));
        assertFalse("node 2: a reader gets no next steps", asReader.contains("sp-step-next"));
        assertEquals("taken on the other node too", 400, create(NODE2, "CLUSTER", "Again").statusCode());

        SandboxConfig fresh = DB.node(SandboxConfig.forTests(Files.createTempDirectory("sandbox-restart")), false);
        // stopped with kill(), not close(): closing would SHUTDOWN the in-memory HSQLDB the two nodes share
        Sandbox restarted = Sandbox.start(fresh);
        try {
            assertKnown(restarted, "CLUSTER", "Cluster team");
            Directory directory = restarted.directory();
            directory.rename("victor", "victor.okafor", "Victor Okafor");
            assertEquals("a rename keeps the permission (by user key)", Directory.Access.VIEW,
                    directory.spaceAccess("CLUSTER", "victor.okafor"));
            assertEquals(Directory.Access.VIEW,
                    directory.otherSpace("CLUSTER").orElseThrow().permissions().get("victor.okafor"));
            directory.erase(directory.byUsername("liam").orElseThrow().key());
            assertFalse("an erased user has none", directory.otherSpace("CLUSTER").orElseThrow().permissions()
                    .keySet().stream().anyMatch(u -> u.startsWith("deleted-") || u.equals("liam")));
            assertEquals(Directory.Access.NONE, directory.spaceAccess("CLUSTER", "liam"));
            assertEquals("sofia still administers it", Directory.Access.ADMIN, directory.spaceAccess("CLUSTER", "sofia"));
        } finally {
            restarted.kill();
        }
        assertEquals("the other nodes' own directories are untouched", Directory.Access.EDIT,
                NODE1.sandbox().directory().spaceAccess("CLUSTER", "liam"));
    }

    @Test
    public void aSpaceFromSpaceJsonAndTheDemoSpaceAreAnsweredWithoutTheCreatedRows() {
        Directory directory = NODE2.sandbox().directory();
        assertEquals("Customer Care", directory.otherSpace("CARE").orElseThrow().name());
        assertEquals(Directory.Access.VIEW, directory.spaceAccess("CARE", "liam"));
        assertEquals(Directory.Access.EDIT, directory.spaceAccess("SOCIAL", "liam"));
        assertTrue(directory.otherSpace("SOCIAL").isEmpty());
        assertFalse(directory.spaceExists("NOSUCH"));
        assertEquals("an unknown key: the demo space's scheme, as before", Directory.Access.VIEW,
                directory.spaceAccess("NOSUCH", "victor"));
    }

    @Test
    public void aSandboxRestartedOnItsDataDirectoryKeepsTheCreatedSpaceAndItsPages() throws Exception {
        org.socialplaybook.testing.TestDatabase.assumeHsqldb("the sandbox's default HSQLDB file database");
        java.nio.file.Path data = Files.createTempDirectory("sandbox-file-restart");
        SandboxConfig onFiles = new SandboxConfig(0, "/confluence", data, false, null, null, null, null, null, null,
                java.time.Clock.systemUTC(), List.of(), true);
        try (Sandbox first = Sandbox.start(onFiles)) {
            Directory.User sofia = first.directory().byUsername("sofia").orElseThrow();
            first.directory().addSpace("KEPT", "Kept team", "", sofia);
            first.pages().create("KEPT", "Kept page", null, "<p>kept</p>", "sofia", java.time.Instant.now());
        }
        try (Sandbox again = Sandbox.start(onFiles)) {
            assertKnown(again, "KEPT", "Kept team");
            assertEquals("its pages too (the ORM's migration no longer drops the sandbox's own tables)",
                    List.of("Kept page"), again.pages().inSpace("KEPT").stream().map(PageStore.StoredPage::title).toList());
        }
    }
}
