package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.testing.SandboxRule;

/**
 * The goals' REST API and page as people use them through the sandbox: permissions (view, page edit), XSRF, bad input
 * (400 with the field and a translated message, nothing changed), unknown roles, activities, teams and matrices, ids of
 * other goals (404), stale versions (409), history with who and when, escaping, "why am I doing this".
 */
public class GoalsResourceTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final long PAGE = 1501;
    private static final String MATRIX = "Social media team";
    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Fresh goals on "Our goals" (liam, nora and marco edit it, victor only views it), naming the demo role matrix. */
    private static JsonNode newSet(String matrix) {
        String name = "Test goals " + NAMES.incrementAndGet();
        int id = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(GoalService.class)
                .open(new MacroPage(PAGE, "SOCIAL", "Our goals", true), name, matrix).set().id());
        return SandboxRule.json(SANDBOX.get("liam", "/goal-sets/" + id));
    }

    private static String path(JsonNode set, String rest) {
        return "/goal-sets/" + set.get("id").asInt() + rest;
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return SandboxRule.json(response);
    }

    private static JsonNode reload(JsonNode set) {
        return ok(SANDBOX.get("liam", path(set, "")), 200);
    }

    /** A set with one goal and one objective (baseline 35, target 60 %), as liam built it. */
    private static JsonNode withObjective() {
        JsonNode set = newSet(MATRIX);
        set = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"Be where customers ask\",\"version\":" + set.get("version") + "}"), 200);
        int goal = set.get("goals").get(0).get("id").asInt();
        return ok(SANDBOX.postJson("liam", path(set, "/goals/" + goal + "/objectives"), "{\"title\":\"Conversations solved without a call\","
                + "\"unit\":\"%\",\"baseline\":35,\"target\":60,\"start\":\"2026-01-05\",\"due\":\"2030-12-31\",\"version\":"
                + set.get("version") + "}"), 200);
    }

    private static JsonNode objective(JsonNode set) {
        return set.get("goals").get(0).get("objectives").get(0);
    }

    private static String contribution(String kind, String ref, String how, int version) {
        return "{\"kind\":\"" + kind + "\",\"ref\":\"" + ref + "\",\"how\":\"" + how + "\",\"version\":" + version + "}";
    }

    // --- reading and permissions ---

    @Test
    public void aReaderGetsTheGoalsButMayNotChangeThemAndAnAnonymousCallerGetsNothing() {
        JsonNode set = withObjective();

        JsonNode asVictor = ok(SANDBOX.get("victor", path(set, "")), 200);
        JsonNode refused = ok(SANDBOX.postJson("victor", path(set, "/goals"), "{\"title\":\"Sneaky\",\"version\":" + set.get("version") + "}"), 403);

        assertFalse(asVictor.get("canEdit").asBoolean());
        assertEquals("not-measured", objective(asVictor).get("status").asText());
        assertEquals("social-playbook.error.edit-required", refused.get("key").asText());
        assertEquals(1, reload(set).get("goals").size());
        assertEquals(401, SANDBOX.get(null, path(set, "")).statusCode());
        assertEquals(404, SANDBOX.get("liam", "/goal-sets/987654").statusCode());
    }

    @Test
    public void aFormTypeBodyIsNeverAcceptedAsAChange() {
        JsonNode set = newSet(MATRIX);
        String body = "{\"title\":\"Forged\",\"version\":" + set.get("version") + "}";

        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", path(set, "/goals"))
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));

            assertTrue(type + " answered " + response.statusCode(), response.statusCode() == 403);
        }
        assertEquals(0, reload(set).get("goals").size());
    }

    // --- building goals ---

    @Test
    public void anEditorNamesContributorsAndRecordsValuesAndTheHistoryKeepsWhoAndWhen() {
        JsonNode set = withObjective();
        int o = objective(set).get("id").asInt();

        set = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"),
                contribution("ROLE", "customer CARE agent", "Solves the case in the conversation.", set.get("version").asInt())), 200);
        set = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"),
                contribution("TEAM", "customer-care", "Takes billing cases the same day.", set.get("version").asInt())), 200);
        set = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"),
                contribution("PERSON", SANDBOX.userKey("nora"), "Writes the saved replies.", set.get("version").asInt())), 200);
        set = ok(SANDBOX.postJson("nora", path(set, "/objectives/" + o + "/values"), "{\"value\":41,\"note\":\"after the refresher\",\"version\":"
                + set.get("version") + "}"), 200);

        JsonNode obj = objective(set);
        List<String> labels = new ArrayList<>();
        obj.get("contributions").forEach(c -> labels.add(c.get("label").asText()));
        assertEquals(List.of("Customer care agent", "customer-care", "Nora Giménez"), labels);
        assertTrue(obj.get("contributions").get(0).get("people").toString().contains("Nora Giménez"));
        assertEquals(41, obj.get("current").asDouble(), 0);
        JsonNode history = obj.get("history").get(0);
        assertEquals("Nora Giménez", history.get("by").asText());
        assertEquals("after the refresher", history.get("note").asText());
        assertTrue(history.get("at").asText().startsWith("20"));
        assertEquals("Nora Giménez", set.get("updatedBy").asText());
    }

    @Test
    public void theCurrentValueChangesOnlyThroughRecordedValues() {
        JsonNode set = withObjective();
        int o = objective(set).get("id").asInt();

        JsonNode error = ok(SANDBOX.putJson("liam", path(set, "/objectives/" + o), "{\"title\":\"x\",\"baseline\":35,\"target\":60,"
                + "\"due\":\"2030-12-31\",\"current\":59,\"version\":" + set.get("version") + "}"), 400);

        assertEquals("current", error.get("field").asText());
        assertTrue(objective(reload(set)).get("current").isNull());
    }

    @Test
    public void badInputIsA400NamingTheFieldInTheCallersLanguageAndChangesNothing() {
        JsonNode set = withObjective();
        int version = set.get("version").asInt();
        int goal = set.get("goals").get(0).get("id").asInt();
        int o = objective(set).get("id").asInt();
        String objectives = path(set, "/goals/" + goal + "/objectives");

        JsonNode same = ok(SANDBOX.postJson("liam", objectives, "{\"title\":\"Flat\",\"baseline\":5,\"target\":5,\"due\":\"2030-01-01\",\"version\":" + version + "}"), 400);
        JsonNode date = ok(SANDBOX.postJson("liam", objectives, "{\"title\":\"Dated\",\"baseline\":5,\"target\":6,\"due\":\"31/12/2030\",\"version\":" + version + "}"), 400);
        JsonNode role = ok(SANDBOX.postJson("nora", path(set, "/objectives/" + o + "/contributions"), contribution("ROLE", "Astronaut", "x", version)), 400);
        JsonNode team = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"), contribution("TEAM", "no-such-group", "x", version)), 400);
        JsonNode person = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"), contribution("PERSON", "nobody", "x", version)), 400);
        JsonNode how = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"), contribution("ROLE", "Content lead", "x".repeat(301), version)), 400);
        JsonNode activity = ok(SANDBOX.postJson("liam", objectives, "{\"title\":\"Served\",\"baseline\":5,\"target\":6,\"due\":\"2030-01-01\","
                + "\"activity\":\"Launch rockets\",\"version\":" + version + "}"), 400);
        JsonNode noVersion = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"Unversioned\"}"), 400);
        JsonNode unknownField = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"x\",\"colour\":\"red\",\"version\":" + version + "}"), 400);

        assertEquals("target", same.get("field").asText());
        assertEquals("The target must differ from the baseline: an objective is a change to reach.", same.get("message").asText());
        assertEquals("social-playbook.goals.error.date-invalid", date.get("key").asText());
        assertEquals("No hay ningún rol \"Astronaut\" en la matriz de roles \"Social media team\".", role.get("message").asText());
        assertEquals("social-playbook.goals.error.unknown-team", team.get("key").asText());
        assertEquals("social-playbook.goals.error.unknown-user", person.get("key").asText());
        assertEquals("At most 300 characters.", how.get("message").asText());
        assertEquals("There is no activity \"Launch rockets\" in the role matrix \"Social media team\".", activity.get("message").asText());
        assertEquals("version", noVersion.get("field").asText());
        assertEquals("social-playbook.error.malformed-json", unknownField.get("key").asText());
        JsonNode after = reload(set);
        assertEquals(version, after.get("version").asInt());
        assertEquals(1, after.get("goals").get(0).get("objectives").size());
        assertEquals(0, objective(after).get("contributions").size());
    }

    @Test
    public void anActivityAndATrainingProgrammeAreStoredAsTheirOwnersSpellThem() {
        JsonNode set = withObjective();
        int o = objective(set).get("id").asInt();

        set = ok(SANDBOX.putJson("liam", path(set, "/objectives/" + o), "{\"title\":\"Conversations solved without a call\",\"unit\":\"%\","
                + "\"baseline\":35,\"target\":60,\"due\":\"2030-12-31\",\"activity\":\"reply to comments  and dms\",\"training\":\" SOCIAL-Essentials \","
                + "\"version\":" + set.get("version") + "}"), 200);

        assertEquals("Reply to comments and DMs", objective(set).get("activity").asText());
        assertEquals("social-essentials", objective(set).get("training").asText());
        assertEquals("Social media essentials", objective(set).get("programme").get("title").asText());
        assertEquals(1301, objective(set).get("programme").get("pageId").asLong());
        assertEquals("2026-01-05", objective(set).get("start").asText());
    }

    @Test
    public void anUnknownTrainingProgrammeIsA400InTheCallersLanguageAndChangesNothing() {
        JsonNode set = withObjective();
        int o = objective(set).get("id").asInt();
        String body = "{\"title\":\"Renamed\",\"baseline\":35,\"target\":60,\"due\":\"2030-12-31\",\"training\":\"Community basics\","
                + "\"version\":" + set.get("version") + "}";

        JsonNode english = ok(SANDBOX.putJson("liam", path(set, "/objectives/" + o), body), 400);
        JsonNode spanish = ok(SANDBOX.putJson("nora", path(set, "/objectives/" + o), body), 400);
        JsonNode onAdd = ok(SANDBOX.postJson("liam", path(set, "/goals/" + set.get("goals").get(0).get("id").asInt() + "/objectives"),
                "{\"title\":\"New\",\"baseline\":1,\"target\":2,\"due\":\"2030-12-31\",\"training\":\"nope\",\"version\":"
                        + set.get("version") + "}"), 400);

        assertEquals("social-playbook.goals.error.unknown-training", english.get("key").asText());
        assertEquals("training", english.get("field").asText());
        assertEquals("There is no training programme with the key \"Community basics\" in this space.", english.get("message").asText());
        assertEquals("No hay ningún programa de formación con la clave \"Community basics\" en este espacio.", spanish.get("message").asText());
        assertEquals("training", onAdd.get("field").asText());
        JsonNode after = reload(set);
        assertEquals(set.get("version").asInt(), after.get("version").asInt());
        assertEquals("Conversations solved without a call", objective(after).get("title").asText());
        assertEquals(1, after.get("goals").get(0).get("objectives").size());
    }

    @Test
    public void anObjectiveShowsItsProgrammesTitleAndLinkEscapedAndItsCompletionOnlyToThoseWhoMayEditTheProgrammesPage() {
        String key = "care-basics-" + NAMES.incrementAndGet();
        int programme = SANDBOX.sandbox().as("liam", () -> {
            var settings = SANDBOX.sandbox().components().get(org.socialplaybook.training.MacroSettings.class);
            var service = SANDBOX.sandbox().components().get(org.socialplaybook.training.ProgrammeService.class);
            var parsed = settings.parse(java.util.Map.of("key", key, "title", "Care <b>basics</b>", "users", "liam, nora"), "SOCIAL");
            int id = service.open(new MacroPage(1301, "SOCIAL", "Training", true), parsed).id();
            service.addModule(id, new org.socialplaybook.training.Requests.ModuleBody("Tone", "https://learn.acme.example/t", null,
                    null, 10, true, null, service.version(id)));
            service.addModule(id, new org.socialplaybook.training.Requests.ModuleBody("Escalation", "https://learn.acme.example/e",
                    null, null, 10, true, null, service.version(id)));
            return id;
        });
        int tone = SandboxRule.json(SANDBOX.get("liam", "/training/programmes/" + programme)).get("state").get("modules").get(0)
                .get("id").asInt();
        ok(SANDBOX.putJson("liam", "/training/programmes/" + programme + "/my/modules/" + tone, "{\"status\":\"COMPLETED\"}"), 200);
        JsonNode set = withObjective();
        set = ok(SANDBOX.putJson("liam", path(set, "/objectives/" + objective(set).get("id").asInt()), "{\"title\":\"Solved\","
                + "\"baseline\":35,\"target\":60,\"due\":\"2030-12-31\",\"training\":\"" + key + "\",\"version\":" + set.get("version") + "}"), 200);

        String editor = ok(SANDBOX.get("liam", path(set, "/fragment")), 200).get("html").asText();
        String spanish = ok(SANDBOX.get("nora", path(set, "/fragment")), 200).get("html").asText();
        String reader = ok(SANDBOX.get("victor", path(set, "/fragment")), 200).get("html").asText();
        JsonNode readerJson = objective(ok(SANDBOX.get("victor", path(set, "")), 200)).get("programme");

        assertEquals(25, objective(set).get("programme").get("percentComplete").asInt());
        String link = "<a class=\"sp-objective-training-link\" href=\"/confluence/pages/viewpage.action?pageId=1301\">"
                + "Training: Care &lt;b&gt;basics&lt;/b&gt;</a>";
        assertTrue(editor, editor.contains(link + " <span class=\"sp-objective-training-percent\">· 25% of the required modules done"));
        assertFalse(editor.contains("<b>basics</b>"));
        assertTrue(spanish.contains("25 % de los módulos obligatorios completados"));
        // A view-only reader gets the link, as the tracker shows them the programme, but not the trainers' figure.
        assertTrue(reader, reader.contains(link + "</li>"));
        assertFalse(reader, reader.contains("of the required modules done"));
        assertFalse(reader, reader.contains("sp-objective-training-percent"));
        assertEquals("Care <b>basics</b>", readerJson.get("title").asText());
        assertTrue(readerJson.toString(), readerJson.get("percentComplete").isNull());
    }

    @Test
    public void theDemoGoalsLinkAnObjectiveToTheTrainingPagesProgramme() {
        String liam = SANDBOX.viewPage("liam", PAGE);

        assertTrue(liam.contains("href=\"/confluence/pages/viewpage.action?pageId=1301\">Training: Social media essentials</a>"));
        assertTrue(liam.contains("% of the required modules done"));
        String victor = SANDBOX.viewPage("victor", PAGE);
        assertTrue(victor.contains("href=\"/confluence/pages/viewpage.action?pageId=1301\">Training: Social media essentials</a>"));
        assertFalse("a view-only reader sees no training figure", victor.contains("of the required modules done"));
        assertFalse("no objective points at a programme that does not exist", liam.contains("no such programme"));
    }

    @Test
    public void goalsNamingAnUnknownRoleMatrixWarnOnThePageAndRefuseRoles() {
        JsonNode set = newSet("No such matrix");
        set = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"Goal\",\"version\":" + set.get("version") + "}"), 200);
        int goal = set.get("goals").get(0).get("id").asInt();
        set = ok(SANDBOX.postJson("liam", path(set, "/goals/" + goal + "/objectives"), "{\"title\":\"O\",\"baseline\":1,\"target\":2,"
                + "\"due\":\"2030-01-01\",\"version\":" + set.get("version") + "}"), 200);

        JsonNode error = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + objective(set).get("id").asInt() + "/contributions"),
                contribution("ROLE", "Content lead", "x", set.get("version").asInt())), 400);
        JsonNode fragment = ok(SANDBOX.get("liam", path(set, "/fragment")), 200);

        assertEquals("There is no role matrix called \"No such matrix\" in this space.", error.get("message").asText());
        assertFalse(set.get("matrix").get("exists").asBoolean());
        assertTrue(fragment.get("html").asText().contains("sp-goals-matrix-warning"));
    }

    // --- conflicts, other ids ---

    @Test
    public void aStaleChangeIsA409NamingWhoChangedTheGoalsAndSavesNothing() {
        JsonNode set = withObjective();
        int version = set.get("version").asInt();
        ok(SANDBOX.postJson("marco", path(set, "/goals"), "{\"title\":\"Marco's goal\",\"version\":" + version + "}"), 200);

        JsonNode conflict = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"Liam's goal\",\"version\":" + version + "}"), 409);

        assertEquals("Marco Rossi changed these goals while you were working. Reload to see their change; yours was not saved.",
                conflict.get("message").asText());
        List<String> titles = new ArrayList<>();
        reload(set).get("goals").forEach(g -> titles.add(g.get("title").asText()));
        assertEquals(List.of("Be where customers ask", "Marco's goal"), titles);
    }

    @Test
    public void aVersionTheGoalsNeverHadIsA400NotAConflictAndSavesNothing() {
        JsonNode set = withObjective();
        int version = set.get("version").asInt();

        JsonNode ahead = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"Liam's goal\",\"version\":" + (version + 1) + "}"), 400);
        JsonNode negative = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"Liam's goal\",\"version\":-1}"), 400);

        assertEquals("social-playbook.error.version-unknown", ahead.get("key").asText());
        assertEquals("social-playbook.error.version-unknown", negative.get("key").asText());
        assertFalse(reload(set).get("goals").toString().contains("Liam's goal"));
    }

    @Test
    public void anObjectiveOfOtherGoalsIsNotFoundHere() {
        JsonNode mine = withObjective();
        JsonNode theirs = withObjective();

        JsonNode error = ok(SANDBOX.postJson("liam", path(mine, "/objectives/" + objective(theirs).get("id").asInt() + "/values"),
                "{\"value\":50,\"version\":" + mine.get("version") + "}"), 404);

        assertEquals("social-playbook.goals.error.objective-not-found", error.get("key").asText());
        assertTrue(objective(reload(theirs)).get("current").isNull());
    }

    @Test
    public void deletingAGoalTakesItsObjectivesWithIt() {
        JsonNode set = withObjective();
        int goal = set.get("goals").get(0).get("id").asInt();

        JsonNode after = ok(SANDBOX.delete("liam", path(set, "/goals/" + goal + "?version=" + set.get("version"))), 200);

        assertEquals(0, after.get("goals").size());
    }

    // --- the page ---

    @Test
    public void whatPeopleTypeIsEscapedOnThePageAndInTheFragment() {
        JsonNode set = withObjective();
        int o = objective(set).get("id").asInt();
        set = ok(SANDBOX.postJson("liam", path(set, "/goals"), "{\"title\":\"<script>alert('goal')</script>\",\"version\":" + set.get("version") + "}"), 200);
        set = ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/contributions"),
                contribution("ROLE", "Content lead", "\\\"><img src=x onerror=alert(1)>", set.get("version").asInt())), 200);
        ok(SANDBOX.postJson("liam", path(set, "/objectives/" + o + "/values"), "{\"value\":40,\"note\":\"</title><script>alert(3)</script>\","
                + "\"version\":" + set.get("version") + "}"), 200);

        String html = ok(SANDBOX.get("victor", path(set, "/fragment")), 200).get("html").asText();

        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;goal&#39;)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse("the trend's dot titles are escaped too", html.contains("<script>alert(3)"));
        assertTrue(html.contains("&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title></circle>"));
    }

    @Test
    public void readersSeeWhyTheyDoWhatTheyDoThroughTheirRolesAndTeams() {
        String victor = SANDBOX.viewPage("victor", PAGE);
        String liam = SANDBOX.viewPage("liam", PAGE);

        assertTrue(victor.contains("As Sales liaison:"));
        assertTrue(victor.contains("With sales:"));
        assertFalse(victor.contains("As Community manager:"));
        assertTrue(liam.contains("As Community manager:"));
        assertTrue(liam.contains("Keeps the saved replies current and covers the weekend rota."));
        assertTrue("the demo trends have dots with who recorded them", liam.contains("Nora Giménez</title>"));
        assertFalse("a reader gets no edit controls", victor.contains("sp-goals-edit-toggle"));
        assertTrue(liam.contains("sp-goals-edit-toggle"));
    }

    @Test
    public void aSpanishReaderSeesTheGoalsInSpanishWithSpanishNumbers() {
        String nora = SANDBOX.viewPage("nora", PAGE);

        assertTrue(nora.contains("¿Por qué hago esto?"));
        assertTrue(nora.contains("Como Customer care agent:"));
        assertTrue("16.500 seguidores", nora.contains("16.500 followers ahora"));
    }

    @Test
    public void thePreviewOfANewPageAsksToSaveFirst() throws Exception {
        GoalsMacro macro = SANDBOX.sandbox().components().get(GoalsMacro.class);
        var context = new org.socialplaybook.sandbox.pages.StorageFormatRenderer.Context(null, "SOCIAL", "preview");

        String html = SANDBOX.sandbox().as("liam", () -> {
            try {
                return macro.execute(java.util.Map.of("name", "Draft goals"), "", context);
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new IllegalStateException(e);
            }
        });

        assertTrue(html.contains("Save the page to see and edit the goals."));
    }
}
