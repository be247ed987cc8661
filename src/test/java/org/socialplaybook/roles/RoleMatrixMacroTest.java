package org.socialplaybook.roles;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/** The macro on real pages of the sandbox: the demo, seeding once, escaping, constant queries, errors. */
public class RoleMatrixMacroTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final long DEMO_PAGE = 1101;
    /** The tests that rewrite a page use the home page, so the demo page stays as shipped. */
    private static final long PAGE = 1001;

    private static void pageWith(String storage) {
        SANDBOX.sandbox().pages().save(PAGE, storage, "liam", Instant.now());
    }

    private static String macro(String name, String body) {
        return "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\"><ac:parameter ac:name=\"name\">" + name
                + "</ac:parameter>" + (body == null ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro>";
    }

    @Test
    public void theDemoPageShowsARealisticMatrixWithEveryKindOfProblem() {
        String html = SANDBOX.viewPage("victor", DEMO_PAGE);

        for (Problem.Kind kind : Problem.Kind.values()) {
            assertTrue("the demo shows " + kind, html.contains("data-kind=\"" + kind.id() + "\""));
        }
        assertTrue(html.contains("Community manager"));
        assertTrue(html.contains("Legal reviewer"));
        assertTrue(html.contains("class=\"sp-raci-phase\" data-phase=\"Escalate\""));
        assertFalse("a reader gets no edit button", html.contains("sp-raci-edit-toggle"));
        assertTrue("a reader who holds a role gets \"my roles\"", html.contains("sp-raci-mine-toggle"));
    }

    @Test
    public void aTableInTheBodySeedsTheMatrixOnceAndIsIgnoredAfterwards() {
        pageWith(macro("Seeded once", "<table><tr><th>Activity</th><th>Agent</th></tr><tr><td>Reply</td><td>A/R</td></tr></table>"));
        String first = SANDBOX.viewPage("liam", PAGE);
        pageWith(macro("Seeded once", "<table><tr><th>Activity</th><th>Robot</th></tr><tr><td>Beep</td><td>R</td></tr></table>"));

        String second = SANDBOX.viewPage("liam", PAGE);

        assertTrue(first.contains(">Agent</span>"));
        assertTrue(second.contains(">Agent</span>"));
        assertFalse(second.contains("Robot"));
        assertTrue(second.contains("imported from the table in the macro body"));
    }

    @Test
    public void aBodyTheEditorLeftEmptyIsNoBodyAndThePageDoesNotSayItIsNoLongerRead() {
        List<String> emptied = List.of("<p></p>", "  \n ", "<p><br/></p>", "<p><br /></p>\n<p> </p>", "<p>&nbsp;</p>",
                "<p>\u00a0</p>", "<div><p></p></div>");
        for (int i = 0; i < emptied.size(); i++) {
            pageWith(macro("Emptied body " + i, emptied.get(i)));

            String html = SANDBOX.viewPage("liam", PAGE);

            assertTrue(emptied.get(i), html.contains("Emptied body " + i));
            assertFalse(emptied.get(i), html.contains("The macro body is not read"));
            assertFalse(emptied.get(i), html.contains("imported from the table in the macro body"));
        }
        pageWith(macro("Body with words", "<p>Notes for editors</p>"));
        assertTrue("a body with text is still a body", SANDBOX.viewPage("liam", PAGE).contains("The macro body is not read"));
    }

    @Test
    public void compactModeWithoutLegendOrHighlightingStillListsTheProblems() {
        String table = "<table><tr><th>Activity</th><th>Agent</th></tr><tr><td>Reply</td><td>R</td></tr></table>";
        pageWith("<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\"><ac:parameter ac:name=\"name\">Plain</ac:parameter>"
                + "<ac:parameter ac:name=\"compact\">true</ac:parameter><ac:parameter ac:name=\"legend\">false</ac:parameter>"
                + "<ac:parameter ac:name=\"highlight\">false</ac:parameter><ac:rich-text-body>" + table + "</ac:rich-text-body>"
                + "</ac:structured-macro>" + macro("Highlighted", table));

        String html = SANDBOX.viewPage("liam", PAGE);
        String plain = html.substring(0, html.indexOf("Highlighted"));

        assertTrue(plain.contains("class=\"sp-raci sp-raci-compact\""));
        assertFalse(plain.contains("sp-raci-legend"));
        assertFalse(plain.contains("sp-raci-problem-row"));
        assertTrue(plain.contains("data-kind=\"no-accountable\""));
        assertTrue(html.substring(html.indexOf("Highlighted")).contains("sp-raci-problem-row"));
        assertTrue(html.substring(html.indexOf("Highlighted")).contains("sp-raci-legend"));
    }

    @Test
    public void namesFromUsersAreEscapedEverywhereTheyAppear() {
        pageWith(macro("Hostile &lt;b&gt;", "<table><tr><th>Activity</th><th>&lt;script&gt;alert(1)&lt;/script&gt;</th></tr>"
                + "<tr><td>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</td><td>R</td></tr>"
                + "<tr><th colspan=\"2\">&lt;svg onload=alert(3)&gt;</th></tr><tr><td>x</td><td>A</td></tr></table>"));

        String html = SANDBOX.viewPage("liam", PAGE);

        assertFalse(html.contains("<script>alert(1)"));
        assertFalse(html.contains("<img src=x"));
        assertFalse(html.contains("<svg onload"));
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(html.contains("Hostile &lt;b&gt;"));
    }

    @Test
    public void aSecondViewWithNothingChangedIsKeptAndAChangeShowsAtOnce() {
        pageWith(macro("Kept", null));
        SANDBOX.viewPage("liam", PAGE); // creates the matrix, which gives the space a new version
        SANDBOX.viewPage("liam", PAGE);
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        ao.statements().reset();
        String again = SANDBOX.viewPage("liam", PAGE);
        assertEquals("the same reader, page and data: the kept render", 0, ao.statements().count());
        int id = Integer.parseInt(again.replaceAll("(?s).*data-matrix-id=\"(\\d+)\".*", "$1"));
        int version = SandboxRule.json(SANDBOX.get("liam", "/role-matrices/" + id)).get("version").asInt();
        assertEquals(200, SANDBOX.postJson("liam", "/role-matrices/" + id + "/roles",
                "{\"name\":\"Kept reviewer\",\"version\":" + version + "}").statusCode());

        assertTrue("a write through the REST API shows on the next view", SANDBOX.viewPage("liam", PAGE).contains("Kept reviewer"));
        assertTrue("and for every reader", SANDBOX.viewPage("victor", PAGE).contains("Kept reviewer"));
    }

    @Test
    public void renderingCostsTheSameFewQueriesWhateverTheSizeOfTheMatrix() {
        pageWith(macro("Small", null));
        SANDBOX.viewPage("liam", PAGE);
        long small = queriesToRender();
        growMatrix("Large", 30, 120);
        pageWith(macro("Large", null));
        SANDBOX.viewPage("liam", PAGE);

        long large = queriesToRender();

        assertEquals(small, large);
        assertTrue("rendering took " + large + " queries", large <= 8);
    }

    @Test
    public void aPageBeingCreatedShowsANoticeAndCreatesNoMatrix() {
        String html = SANDBOX.sandbox().as("liam", () -> {
            try {
                return SANDBOX.sandbox().components().get(RoleMatrixMacro.class).execute(Map.of("name", "Draft only"), "",
                        new org.socialplaybook.sandbox.pages.StorageFormatRenderer.Context(null, "SOCIAL", "preview"));
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new AssertionError(e);
            }
        });

        assertTrue(html.contains("Save the page to see and edit the matrix."));
        assertTrue(SANDBOX.sandbox().components().get(RoleMatrixStore.class).matrixByKey("SOCIAL:draft only").isEmpty());
    }

    @Test
    public void aMacroWithoutANameOrWithABadThresholdShowsATranslatedError() {
        pageWith("<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\"><ac:parameter ac:name=\"overload\">many"
                + "</ac:parameter><ac:parameter ac:name=\"name\">X</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"role-matrix\" ac:schema-version=\"1\"/>");

        String html = SANDBOX.viewPage("nora", PAGE);

        assertTrue(html.contains("El umbral de sobrecarga debe ser un número entero entre 1 y 1000."));
        assertTrue(html.contains("Ponle un nombre a la matriz de roles"));
    }

    @Test
    public void thePlaybookOverviewShowsStepsThreeAndOneFromTheMatricesInBothLanguages() {
        String english = overviewAs("victor");
        String spanish = overviewAs("nora");

        assertTrue(english, english.contains("Problems to fix: "));
        assertTrue(english.contains("activities have an Accountable role someone holds"));
        assertTrue(spanish, spanish.contains("Problemas por resolver: "));
        assertFalse(english.contains("aui-message-error"));
    }

    private static String overviewAs(String user) {
        return SANDBOX.sandbox().as(user, () -> {
            try {
                return SANDBOX.sandbox().components().get(org.socialplaybook.overview.PlaybookOverviewMacro.class).execute(Map.of(), "",
                        new org.socialplaybook.sandbox.pages.StorageFormatRenderer.Context(SANDBOX.sandbox().components()
                                .get(com.atlassian.confluence.pages.PageManager.class).getAbstractPage(DEMO_PAGE), "SOCIAL", "display"));
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** What a view costs when no kept render of it may be used (the space changed since: RenderedMacros). */
    private static long queriesToRender() {
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        SANDBOX.sandbox().components().get(SpaceVersions.class).changedAnywhere();
        ao.flushAll();
        ao.statements().reset();
        SANDBOX.viewPage("liam", PAGE);
        return ao.statements().count();
    }

    private static void growMatrix(String name, int roles, int activities) {
        RoleMatrixService service = SANDBOX.sandbox().components().get(RoleMatrixService.class);
        RoleMatrixStore store = SANDBOX.sandbox().components().get(RoleMatrixStore.class);
        Matrix m = SANDBOX.sandbox().as("liam", () -> service.open(new MacroPage(PAGE, "SOCIAL", "Roles", true), name, null, "")
                .matrix());
        store.transaction(() -> {
            List<Role> rs = new ArrayList<>();
            for (int r = 0; r < roles; r++) {
                Role role = store.addRole(m, "Role " + r, r);
                store.addHolder(m, role.id(), SANDBOX.userKey(List.of("liam", "nora", "marco").get(r % 3)), false);
                rs.add(role);
            }
            List<Cell> cells = new ArrayList<>();
            for (int a = 0; a < activities; a++) {
                Activity activity = store.addActivity(m.id(), "Activity " + a, "Phase " + (a / 10), a);
                for (Role r : rs) {
                    cells.add(new Cell(r.id(), activity.id(), Letters.of(Raci.values()[(a + r.rank()) % 4])));
                }
            }
            store.addCells(m.id(), cells);
            return null;
        });
    }
}
