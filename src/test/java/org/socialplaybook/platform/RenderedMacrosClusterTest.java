package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.sandbox.cluster.ClusterDatabase;
import org.socialplaybook.testing.SandboxRule;

/**
 * A page's macros are kept per reader between views (RenderedMacros) and still show a change at once on the node
 * where it happened and within a second on the other node of the cluster; a page event (trash) shows at once too.
 */
public class RenderedMacrosClusterTest {
    private static final ClusterDatabase DB = new ClusterDatabase();
    private static final SandboxRule NODE1 = new SandboxRule(c -> DB.node(c, false));
    private static final SandboxRule NODE2 = new SandboxRule(c -> DB.node(c, false));

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(DB).around(NODE1).around(NODE2);

    private static final long MATRIX_PAGE = 1101;


    @Test
    public void aNewRoleShowsAtOnceOnThisNodeAndWithinASecondOnTheOtherWhereTheMatrixWasKept() throws Exception {
        NODE1.viewPage("liam", MATRIX_PAGE);
        NODE1.viewPage("liam", MATRIX_PAGE);
        String kept2 = NODE2.viewPage("victor", MATRIX_PAGE);
        NODE2.viewPage("victor", MATRIX_PAGE);
        NODE1.sandbox().activeObjects().statements().reset();
        NODE1.viewPage("liam", MATRIX_PAGE);
        assertEquals("a repeated view is the kept one", 0, NODE1.sandbox().activeObjects().statements().count());
        assertFalse(kept2.contains("Cluster reviewer"));

        Matcher id = Pattern.compile("data-matrix-id=\"(\\d+)\"").matcher(kept2);
        assertTrue(id.find());
        int version = SandboxRule.json(NODE1.get("liam", "/role-matrices/" + id.group(1))).get("version").asInt();
        assertEquals(200, NODE1.postJson("liam", "/role-matrices/" + id.group(1) + "/roles",
                "{\"name\":\"Cluster reviewer\",\"version\":" + version + "}").statusCode());

        assertTrue("node 1 shows its own change at once", NODE1.viewPage("liam", MATRIX_PAGE).contains("Cluster reviewer"));
        long start = System.nanoTime();
        boolean shown = NODE2.viewPage("victor", MATRIX_PAGE).contains("Cluster reviewer");
        while (!shown && System.nanoTime() - start < 3_000_000_000L) {
            Thread.sleep(50);
            shown = NODE2.viewPage("victor", MATRIX_PAGE).contains("Cluster reviewer");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue("node 2 shows node 1's change", shown);
        assertTrue("node 2 showed it after " + ms + " ms", ms < 1_000);
    }

    @Test
    public void theGoalsShowARoleMatrixChangeMadeOnAnotherPageOfTheSpace() {
        String goals = NODE1.viewPage("sofia", 1501);
        NODE1.viewPage("sofia", 1501);
        assertFalse(goals.contains("Goals reviewer"));
        String matrix = NODE1.viewPage("liam", MATRIX_PAGE);
        Matcher id = Pattern.compile("data-matrix-id=\"(\\d+)\"").matcher(matrix);
        assertTrue(id.find());
        int version = SandboxRule.json(NODE1.get("liam", "/role-matrices/" + id.group(1))).get("version").asInt();
        assertEquals(200, NODE1.postJson("liam", "/role-matrices/" + id.group(1) + "/roles",
                "{\"name\":\"Goals reviewer\",\"version\":" + version + "}").statusCode());

        assertTrue("the goals' editor lists the matrix's new role at once",
                NODE1.viewPage("sofia", 1501).contains("Goals reviewer"));
    }
}
