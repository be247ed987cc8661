package org.socialplaybook.sandbox;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.goals.GoalService;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.roles.RoleMatrixService;
import org.socialplaybook.team.TeamCardService;
import org.socialplaybook.testing.Burst;
import org.socialplaybook.testing.SandboxRule;
import org.socialplaybook.training.MacroSettings;
import org.socialplaybook.training.ProgrammeService;

/**
 * Issue 14: 50 editors writing to the same thing at the same instant, through REST, on the database the suite runs
 * on. Each reads the version and writes its own change with it, as the page's script does; every answer is a 200 or
 * a 409 within seconds (no hang, no 500), the final state holds exactly the accepted changes, the version grew by
 * exactly the number of 200s, and a page view answers during and after the burst.
 */
public class ConcurrentEditorsTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final int WRITERS = 50;
    private static final int SECONDS = 20;
    private static final List<String> EDITORS = List.of("liam", "nora");

    private static JsonNode json(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return SandboxRule.json(response);
    }

    /** A page view on another thread while the burst runs: it answers, and the page has its content. */
    private static Runnable pageView(long pageId) {
        return () -> assertTrue(SANDBOX.viewPage("sofia", pageId).contains("</html>"));
    }

    private static void assertPageAnswersAfterwards(long pageId) {
        long start = System.nanoTime();
        SANDBOX.viewPage("marco", pageId);
        assertTrue("the page took too long after the burst", System.nanoTime() - start < SECONDS * 1_000_000_000L);
    }

    @Test
    public void fiftyEditorsOfOneRoleMatrixEachSetADifferentCell() throws Exception {
        StringBuilder table = new StringBuilder("<table><tr><th>Activity</th>");
        for (int r = 0; r < 5; r++) {
            table.append("<th>Role ").append(r).append("</th>");
        }
        table.append("</tr>");
        for (int a = 0; a < 10; a++) {
            table.append("<tr><td>Activity ").append(a).append("</td>").append("<td></td>".repeat(5)).append("</tr>");
        }
        String html = table.append("</table>").toString();
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(RoleMatrixService.class)
                .open(new MacroPage(1101, "SOCIAL", "Roles & responsibilities", true), "Crowded matrix", null, html).matrix().id());
        String path = "/role-matrices/" + id;
        JsonNode before = json(SANDBOX.get("liam", path));
        List<int[]> cells = new ArrayList<>();
        for (JsonNode a : before.get("activities")) {
            for (JsonNode r : before.get("roles")) {
                cells.add(new int[] {r.get("id").asInt(), a.get("id").asInt()});
            }
        }
        assertEquals(WRITERS, cells.size());

        Burst.Outcome outcome = Burst.of(WRITERS, i -> {
            String editor = EDITORS.get(i % EDITORS.size());
            int version = SandboxRule.json(SANDBOX.get(editor, path)).get("version").asInt();
            return SANDBOX.putJson(editor, path + "/cells", "{\"roleId\":" + cells.get(i)[0] + ",\"activityId\":"
                    + cells.get(i)[1] + ",\"letters\":\"R\",\"version\":" + version + "}");
        }, pageView(1101));

        outcome.assertEachAnswered(SECONDS, 200, 409);
        JsonNode after = json(SANDBOX.get("liam", path));
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < WRITERS; i++) {
            if (outcome.responses().get(i).statusCode() == 200) {
                expected.add(cells.get(i)[0] + "/" + cells.get(i)[1]);
            }
        }
        Set<String> actual = new TreeSet<>();
        for (JsonNode c : after.get("cells")) {
            assertEquals("R", c.get("l").asText());
            actual.add(c.get("r").asInt() + "/" + c.get("a").asInt());
        }
        assertTrue("at least one write is accepted", outcome.count(200) >= 1);
        assertEquals(expected, actual);
        assertEquals(before.get("version").asInt() + outcome.count(200), after.get("version").asInt());
        assertPageAnswersAfterwards(1101);
    }

    @Test
    public void fiftyEditorsOfOneGoalSetEachAddAGoal() throws Exception {
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(GoalService.class)
                .open(new MacroPage(1501, "SOCIAL", "Our goals", true), "Crowded goals", null).set().id());
        String path = "/goal-sets/" + id;
        JsonNode before = json(SANDBOX.get("liam", path));

        Burst.Outcome outcome = Burst.of(WRITERS, i -> {
            String editor = EDITORS.get(i % EDITORS.size());
            int version = SandboxRule.json(SANDBOX.get(editor, path)).get("version").asInt();
            return SANDBOX.postJson(editor, path + "/goals", "{\"title\":\"Goal " + i + "\",\"version\":" + version + "}");
        }, pageView(1501));

        outcome.assertEachAnswered(SECONDS, 200, 409);
        JsonNode after = json(SANDBOX.get("liam", path));
        assertEquals(accepted(outcome, "Goal "), titles(after.get("goals")));
        assertEquals(before.get("version").asInt() + outcome.count(200), after.get("version").asInt());
        assertPageAnswersAfterwards(1501);
    }

    @Test
    public void fiftyEditorsOfOneProgrammeEachAddAModule() throws Exception {
        int id = SANDBOX.sandbox().as("liam", () -> {
            MacroSettings settings = SANDBOX.sandbox().components().get(MacroSettings.class);
            return SANDBOX.sandbox().components().get(ProgrammeService.class).open(
                    new MacroPage(1301, "SOCIAL", "Training", true), settings.parse(Map.of("key", "crowded"), "SOCIAL")).id();
        });
        String path = "/training/programmes/" + id;
        int before = json(SANDBOX.get("liam", path)).get("state").get("version").asInt();

        Burst.Outcome outcome = Burst.of(WRITERS, i -> {
            String editor = EDITORS.get(i % EDITORS.size());
            int version = SandboxRule.json(SANDBOX.get(editor, path)).get("state").get("version").asInt();
            return SANDBOX.postJson(editor, path + "/modules", "{\"title\":\"Module " + i
                    + "\",\"url\":\"https://learn.acme.example/m\",\"minutes\":20,\"required\":true,\"version\":" + version + "}");
        }, pageView(1301));

        outcome.assertEachAnswered(SECONDS, 200, 409);
        JsonNode after = json(SANDBOX.get("liam", path));
        assertEquals(accepted(outcome, "Module "), titles(after.get("state").get("modules")));
        assertEquals(before + outcome.count(200), after.get("state").get("version").asInt());
        assertPageAnswersAfterwards(1301);
    }

    @Test
    public void fiftyEditorsOfOneTeamCardEachAddAChannel() throws Exception {
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(TeamCardService.class)
                .open(new MacroPage(1502, "SOCIAL", "Meet the social team", true), "Crowded team", null, "followups").card().id());
        String path = "/team-cards/" + id;
        JsonNode before = json(SANDBOX.get("liam", path));

        Burst.Outcome outcome = Burst.of(WRITERS, i -> {
            String editor = EDITORS.get(i % EDITORS.size());
            int version = SandboxRule.json(SANDBOX.get(editor, path)).get("version").asInt();
            return SANDBOX.postJson(editor, path + "/channels", "{\"kind\":\"WEB\",\"label\":\"Channel " + i
                    + "\",\"address\":\"https://acme.example/" + i + "\",\"version\":" + version + "}");
        }, pageView(1502));

        outcome.assertEachAnswered(SECONDS, 200, 409);
        JsonNode after = json(SANDBOX.get("liam", path));
        Set<String> labels = new TreeSet<>();
        for (JsonNode c : after.get("channels")) {
            labels.add(c.get("label").asText());
        }
        assertEquals(accepted(outcome, "Channel "), labels);
        assertEquals(before.get("version").asInt() + outcome.count(200), after.get("version").asInt());
        assertPageAnswersAfterwards(1502);
    }

    private static Set<String> accepted(Burst.Outcome outcome, String prefix) {
        Set<String> titles = new TreeSet<>();
        for (int i = 0; i < outcome.responses().size(); i++) {
            if (outcome.responses().get(i).statusCode() == 200) {
                titles.add(prefix + i);
            }
        }
        assertTrue("at least one write is accepted", !titles.isEmpty());
        return titles;
    }

    private static Set<String> titles(JsonNode items) {
        Set<String> titles = new TreeSet<>();
        for (JsonNode item : items) {
            titles.add(item.get("title").asText());
        }
        return titles;
    }
}
