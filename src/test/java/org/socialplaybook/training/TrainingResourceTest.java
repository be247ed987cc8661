package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.training.TrainingHarness.base;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/**
 * The training tracker's REST API as people call it through the sandbox: learners change only their own status,
 * trainers (page editors) anyone's; XSRF; bad input is a 400 with a translated message and changes nothing; stale
 * module versions are 409; the people grid pages and filters on the server.
 */
public class TrainingResourceTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();
    private static final TrainingHarness H = new TrainingHarness(SANDBOX);

    private static JsonNode me(String user, int programme) {
        return SandboxRule.json(SANDBOX.get(user, base(programme))).get("state").get("me");
    }

    private static JsonNode myModule(JsonNode me, int moduleId) {
        for (JsonNode m : me.get("modules")) {
            if (m.get("moduleId").asInt() == moduleId) {
                return m;
            }
        }
        throw new AssertionError("no module " + moduleId + " in " + me);
    }

    private static List<String> history(String asUser, int programme, String ofUser) {
        HttpResponse<String> r = SANDBOX.get(asUser, base(programme) + "/people/" + H.key(ofUser) + "/history");
        assertEquals(r.body(), 200, r.statusCode());
        List<String> lines = new ArrayList<>();
        SandboxRule.json(r).forEach(h -> lines.add(h.get("module").asText() + "|" + h.get("stateText").asText() + "|"
                + h.get("actor").asText() + "|" + h.get("source").asText()));
        return lines;
    }

    // --- learners ---

    @Test
    public void aViewOnlyLearnerMarksTheirOwnModulesAndTheHistoryRecordsThem() {
        int p = H.programme("users", "victor", "dueDays", "30");
        int basics = H.module(p, "Platform basics", true, null);

        HttpResponse<String> started = SANDBOX.putJson("victor", base(p) + "/my/modules/" + basics, "{\"status\":\"STARTED\"}");
        HttpResponse<String> done = SANDBOX.putJson("victor", base(p) + "/my/modules/" + basics, "{\"status\":\"COMPLETED\"}");

        assertEquals(started.body(), 200, started.statusCode());
        assertEquals(200, done.statusCode());
        JsonNode me = SandboxRule.json(done);
        assertTrue(me.get("inAudience").asBoolean());
        assertEquals("COMPLETED", myModule(me, basics).get("state").asText());
        assertEquals(100, me.get("percent").asInt());
        assertEquals(List.of("Platform basics|Completed|Victor Okafor|by themselves",
                "Platform basics|Started|Victor Okafor|by themselves"), history("victor", p, "victor"));
    }

    @Test
    public void aLearnerMayNeitherChangeSomeoneElsesStatusNorWaiveTheirOwnNorReadOthersHistory() {
        int p = H.programme("users", "victor,liam");
        int basics = H.module(p, "Platform basics", true, null);

        HttpResponse<String> other = SANDBOX.putJson("victor", base(p) + "/people/" + H.key("liam") + "/modules/" + basics,
                "{\"status\":\"COMPLETED\"}");
        HttpResponse<String> waive = SANDBOX.putJson("victor", base(p) + "/my/modules/" + basics, "{\"status\":\"WAIVED\"}");
        HttpResponse<String> grid = SANDBOX.get("victor", base(p) + "/people");
        HttpResponse<String> theirs = SANDBOX.get("victor", base(p) + "/people/" + H.key("liam") + "/history");

        assertEquals(403, other.statusCode());
        assertEquals("social-playbook.error.edit-required", SandboxRule.json(other).get("key").asText());
        assertEquals(403, waive.statusCode());
        assertEquals(403, grid.statusCode());
        assertEquals(403, theirs.statusCode());
        assertEquals("NOT_STARTED", myModule(me("liam", p), basics).get("state").asText());
        assertEquals("NOT_STARTED", myModule(me("victor", p), basics).get("state").asText());
    }

    @Test
    public void anonymousCallersMustLogIn() {
        int p = H.programme("users", "victor");

        assertEquals(401, SANDBOX.get(null, base(p)).statusCode());
        assertEquals(401, SANDBOX.putJson(null, base(p) + "/my/modules/1", "{\"status\":\"STARTED\"}").statusCode());
    }

    @Test
    public void aFormOrTextPostWithoutTheXsrfHeaderIsRefusedAndChangesNothing() {
        int p = H.programme("users", "nora");
        int basics = H.module(p, "Platform basics", true, null);

        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            HttpResponse<String> r = SANDBOX.send(SANDBOX.rest("liam", base(p) + "/sessions").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"moduleIds\":[" + basics + "],\"attendees\":[\""
                            + H.key("nora") + "\"]}")));

            assertTrue(type + " answered " + r.statusCode(), r.statusCode() == 403);
        }
        assertEquals("NOT_STARTED", myModule(me("nora", p), basics).get("state").asText());
    }

    // --- bad input ---

    @Test
    public void badInputIsA400NamingTheFieldInTheCallersLanguageAndChangesNothing() {
        int p = H.programme("users", "nora,liam");
        int basics = H.module(p, "Platform basics", true, null);
        String person = base(p) + "/people/" + H.key("nora") + "/modules/" + basics;

        HttpResponse<String> status = SANDBOX.putJson("liam", person, "{\"status\":\"FINISHED\"}");
        HttpResponse<String> future = SANDBOX.putJson("liam", person, "{\"status\":\"COMPLETED\",\"completedOn\":\"2999-01-01\"}");
        HttpResponse<String> notADate = SANDBOX.putJson("liam", person, "{\"status\":\"COMPLETED\",\"completedOn\":\"yesterday\"}");
        HttpResponse<String> unknownField = SANDBOX.putJson("liam", person, "{\"status\":\"COMPLETED\",\"grade\":\"A\"}");
        HttpResponse<String> malformed = SANDBOX.putJson("liam", person, "{\"status\":");
        HttpResponse<String> spanish = SANDBOX.postJson("nora", base(p) + "/checkins", "{\"confidence\":9}");
        HttpResponse<String> unknownPerson = SANDBOX.putJson("liam", base(p) + "/people/nobody/modules/" + basics,
                "{\"status\":\"COMPLETED\"}");

        assertEquals(400, status.statusCode());
        assertEquals("status", SandboxRule.json(status).get("field").asText());
        assertTrue(SandboxRule.json(status).get("message").asText().contains("FINISHED"));
        assertEquals("social-playbook.training.status.date-future", SandboxRule.json(future).get("key").asText());
        assertEquals("completedOn", SandboxRule.json(notADate).get("field").asText());
        assertEquals(400, unknownField.statusCode());
        assertEquals(400, malformed.statusCode());
        assertEquals("social-playbook.error.malformed-json", SandboxRule.json(malformed).get("key").asText());
        assertEquals(400, spanish.statusCode());
        assertEquals("Elige tu confianza del 1 al 5.", SandboxRule.json(spanish).get("message").asText());
        assertEquals(400, unknownPerson.statusCode());
        assertEquals(List.of(), history("liam", p, "nora"));
    }

    @Test
    public void aModuleOrProgrammeThatDoesNotExistIsNotFound() {
        int p = H.programme("users", "nora");
        int other = H.programme("users", "nora");
        int foreign = H.module(other, "Elsewhere", true, null);

        assertEquals(404, SANDBOX.putJson("nora", base(p) + "/my/modules/" + foreign, "{\"status\":\"STARTED\"}").statusCode());
        assertEquals(404, SANDBOX.get("nora", base(99999)).statusCode());
    }

    @Test
    public void moduleFieldsAreCheckedAndOnlyHttpLinksOrPagesOfTheSpaceAreAccepted() {
        int p = H.programme("users", "nora");
        int v = H.version(p);

        HttpResponse<String> script = SANDBOX.postJson("liam", base(p) + "/modules",
                "{\"title\":\"Bad\",\"url\":\"javascript:alert(1)\",\"version\":" + v + "}");
        HttpResponse<String> minutes = SANDBOX.postJson("liam", base(p) + "/modules",
                "{\"title\":\"Long\",\"minutes\":5000,\"version\":" + v + "}");
        HttpResponse<String> noPage = SANDBOX.postJson("liam", base(p) + "/modules",
                "{\"title\":\"Ghost\",\"pageTitle\":\"No such page\",\"version\":" + v + "}");
        HttpResponse<String> page = SANDBOX.postJson("liam", base(p) + "/modules",
                "{\"title\":\"Brand voice\",\"pageTitle\":\"Brand voice in practice\",\"version\":" + v + "}");
        HttpResponse<String> viewer = SANDBOX.postJson("victor", base(p) + "/modules",
                "{\"title\":\"Sneaky\",\"version\":" + (v + 1) + "}");

        assertEquals("url", SandboxRule.json(script).get("field").asText());
        assertEquals("minutes", SandboxRule.json(minutes).get("field").asText());
        assertEquals("page", SandboxRule.json(noPage).get("field").asText());
        assertEquals(page.body(), 200, page.statusCode());
        JsonNode module = SandboxRule.json(page).get("modules").get(0);
        assertEquals("page", module.get("linkKind").asText());
        assertEquals("/pages/viewpage.action?pageId=1302", module.get("href").asText());
        assertEquals(403, viewer.statusCode());
        assertEquals(1, SandboxRule.json(SANDBOX.get("liam", base(p))).get("state").get("modules").size());
    }

    @Test
    public void aModuleVersionTheProgrammeNeverHadIsA400NotAConflict() {
        int p = H.programme("users", "nora");
        int basics = H.module(p, "Platform basics", true, null);
        int v = H.version(p);

        HttpResponse<String> ahead = SANDBOX.putJson("nora", base(p) + "/modules/" + basics, "{\"title\":\"Essentials\",\"version\":" + (v + 1) + "}");
        HttpResponse<String> delete = SANDBOX.delete("nora", base(p) + "/modules/" + basics + "?version=-1");

        assertEquals(ahead.body(), 400, ahead.statusCode());
        assertEquals("social-playbook.error.version-unknown", SandboxRule.json(ahead).get("key").asText());
        assertEquals(400, delete.statusCode());
        assertEquals("Platform basics",
                SandboxRule.json(SANDBOX.get("nora", base(p))).get("state").get("modules").get(0).get("title").asText());
    }

    @Test
    public void aModuleChangeMadeOnAStaleVersionIsAConflictNamingWhoChangedItAndOverwritesNothing() {
        int p = H.programme("users", "nora");
        int basics = H.module(p, "Platform basics", true, null);
        int v = H.version(p);
        SANDBOX.putJson("nora", base(p) + "/modules/" + basics, "{\"title\":\"Platform basics 2025\",\"version\":" + v + "}");

        HttpResponse<String> stale = SANDBOX.putJson("liam", base(p) + "/modules/" + basics,
                "{\"title\":\"Platform essentials\",\"version\":" + v + "}");
        HttpResponse<String> delete = SANDBOX.delete("liam", base(p) + "/modules/" + basics + "?version=" + v);

        assertEquals(409, stale.statusCode());
        assertTrue(SandboxRule.json(stale).get("message").asText().startsWith("Nora Giménez changed these modules"));
        assertEquals(409, delete.statusCode());
        assertEquals("Platform basics 2025",
                SandboxRule.json(SANDBOX.get("liam", base(p))).get("state").get("modules").get(0).get("title").asText());
    }

    // --- trainers ---

    @Test
    public void aTrainerSetsAndWaivesSomeonesStatusAndTheHistorySaysWhoDidIt() {
        int p = H.programme("users", "nora");
        int basics = H.module(p, "Platform basics", true, 12);
        int drill = H.module(p, "Crisis drill", true, 6);
        String nora = base(p) + "/people/" + H.key("nora") + "/modules/";

        assertEquals(200, SANDBOX.putJson("liam", nora + basics,
                "{\"status\":\"COMPLETED\",\"completedOn\":\"2024-01-10\"}").statusCode());
        assertEquals(200, SANDBOX.putJson("marco", nora + drill,
                "{\"status\":\"WAIVED\",\"note\":\"Ran the drill for the whole team\"}").statusCode());

        JsonNode me = me("nora", p);
        assertEquals("REFRESHER_DUE", myModule(me, basics).get("state").asText());
        assertEquals("WAIVED", myModule(me, drill).get("state").asText());
        assertEquals("Eximido por Marco Rossi: Ran the drill for the whole team", myModule(me, drill).get("detail").asText());
        assertEquals(List.of("Crisis drill|Waived|Marco Rossi|by a trainer", "Platform basics|Completed|Liam Chen|by a trainer"),
                history("liam", p, "nora"));
    }

    @Test
    public void aSessionMarksEveryAttendeeCompleteInOneCallAndRecordingItAgainChangesNothing() {
        int p = H.programme("users", "nora,victor,liam");
        int drill = H.module(p, "Crisis drill", true, 6);
        int care = H.module(p, "Customer care", true, null);
        String body = "{\"moduleIds\":[" + drill + "," + care + "],\"attendees\":[\"" + H.key("nora") + "\",\""
                + H.key("victor") + "\"],\"completedOn\":\"" + java.time.LocalDate.now().minusDays(2) + "\",\"note\":\"Madrid\"}";

        HttpResponse<String> first = SANDBOX.postJson("liam", base(p) + "/sessions", body);
        HttpResponse<String> again = SANDBOX.postJson("liam", base(p) + "/sessions", body);

        assertEquals(first.body(), 4, SandboxRule.json(first).get("changed").asInt());
        assertEquals(0, SandboxRule.json(again).get("changed").asInt());
        assertEquals("COMPLETE", me("victor", p).get("state").asText());
        assertEquals("NOT_STARTED", me("liam", p).get("state").asText());
        assertEquals(2, history("liam", p, "nora").size());
    }

    @Test
    public void theGridIsPagedFilteredAndSortedOnTheServer() {
        int p = H.programme("users", "sofia,liam,nora,marco,victor", "dueDays", "10", "teams", "customer-care,sales");
        int basics = H.module(p, "Platform basics", true, null);
        H.module(p, "Tools", false, null);
        SANDBOX.putJson("liam", base(p) + "/people/" + H.key("nora") + "/modules/" + basics, "{\"status\":\"COMPLETED\"}");
        SANDBOX.putJson("liam", base(p) + "/people/" + H.key("victor") + "/modules/" + basics, "{\"status\":\"STARTED\"}");

        JsonNode page1 = SandboxRule.json(SANDBOX.get("liam", base(p) + "/people?limit=2"));
        JsonNode page3 = SandboxRule.json(SANDBOX.get("liam", base(p) + "/people?limit=2&offset=4"));
        JsonNode complete = SandboxRule.json(SANDBOX.get("liam", base(p) + "/people?status=complete"));
        JsonNode care = SandboxRule.json(SANDBOX.get("liam", base(p) + "/people?team=customer-care"));
        JsonNode byProgress = SandboxRule.json(SANDBOX.get("liam", base(p) + "/people?sort=progress&q=o"));
        HttpResponse<String> badTeam = SANDBOX.get("liam", base(p) + "/people?team=legal");
        HttpResponse<String> badLimit = SANDBOX.get("liam", base(p) + "/people?limit=1000");

        assertEquals(5, page1.get("total").asInt());
        assertEquals(2, page1.get("rows").size());
        assertEquals("Liam Chen", page1.get("rows").get(0).get("name").asText());
        assertEquals(1, page3.get("rows").size());
        assertEquals("Victor Okafor", page3.get("rows").get(0).get("name").asText());
        assertEquals(1, complete.get("total").asInt());
        assertEquals("Nora Giménez", complete.get("rows").get(0).get("name").asText());
        assertEquals(List.of("customer-care", "sales"), names(care.get("teams")));
        assertEquals(1, care.get("total").asInt());
        assertEquals(2, care.get("rows").get(0).get("cells").size());
        assertEquals("✓", care.get("rows").get(0).get("cells").get(0).get("symbol").asText());
        assertEquals(List.of("Marco Rossi", "Sofía Ramos", "Victor Okafor", "Nora Giménez"), rowNames(byProgress));
        assertEquals(400, badTeam.statusCode());
        assertEquals("team", SandboxRule.json(badTeam).get("field").asText());
        assertEquals(400, badLimit.statusCode());
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> rowNames(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("rows").forEach(r -> out.add(r.get("name").asText()));
        return out;
    }

    @Test
    public void textFromPeopleIsEscapedInThePageAndInItsScriptState() {
        java.util.Map<String, String> parameters = TrainingHarness.parameters("users", "nora", "title", "Crisis <b>drill</b> & \"more\"");
        int p = TrainingHarness.programmeId(H.render("liam", parameters));
        H.module(p, "<img src=x onerror=alert(1)>", true, null);

        String html = H.render("nora", parameters);

        assertFalse(html.contains("<img src=x onerror"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(html.contains("<b>drill</b>"));
        assertTrue(html.contains("Crisis &lt;b&gt;drill&lt;/b&gt; &amp; "));
        assertTrue("the script state is an escaped attribute", html.contains("data-state=\"{&quot;id&quot;:" + p));
    }
}
