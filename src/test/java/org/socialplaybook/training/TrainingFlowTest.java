package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.training.TrainingHarness.base;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.Requests;
import org.socialplaybook.roles.RoleMatrixService;
import org.socialplaybook.testing.SandboxRule;

/**
 * The tracker end to end through the sandbox: from completion to confidence (check-ins that raise one follow-up on
 * the feedback board), role-driven assignment through a real role matrix, CSV out and in, and step 4 on the
 * playbook overview.
 */
public class TrainingFlowTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();
    private static final TrainingHarness H = new TrainingHarness(SANDBOX);

    private static JsonNode me(String user, int programme) {
        return SandboxRule.json(SANDBOX.get(user, base(programme))).get("state").get("me");
    }

    private static void complete(String user, int programme, int... modules) {
        for (int m : modules) {
            HttpResponse<String> r = SANDBOX.putJson(user, base(programme) + "/my/modules/" + m, "{\"status\":\"COMPLETED\"}");
            assertEquals(r.body(), 200, r.statusCode());
        }
    }

    private static List<FollowUp> followUpsFromCheckins() {
        return SANDBOX.sandbox().components().get(FeedbackStore.class).followUpsInSpace("SOCIAL").stream()
                .filter(f -> f.title().startsWith("Training follow-up")).toList();
    }

    // --- starter modules (the space blueprint's training page) ---

    private static List<String> moduleTitles(int programme) {
        return SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(ProgrammeService.class)
                .modules(programme).stream().map(m -> m.title() + " " + m.url() + " " + m.required()).toList());
    }

    @Test
    public void aNewProgrammeStartsWithItsStarterModulesOnceAndABadStarterIsRefused() {
        Map<String, String> parameters = TrainingHarness.parameters("title", "Team essentials",
                "starter-modules", "Basics | https://example.org/basics; Answering customers | https://example.org/answers");
        int p = TrainingHarness.programmeId(H.render("liam", parameters));

        assertEquals(List.of("Basics https://example.org/basics true", "Answering customers https://example.org/answers true"),
                moduleTitles(p));
        parameters.put("starter-modules", "Basics | https://example.org/basics; Third | https://example.org/third");
        H.render("liam", parameters);
        assertEquals("read once, when the programme is created", 2, moduleTitles(p).size());
        String refused = H.render("liam", TrainingHarness.parameters("starter-modules", "No address; Bad | javascript:alert(1)"));
        assertTrue(refused, refused.contains("No address") && refused.contains("needs a title and an http(s) address"));
        assertFalse(refused.contains("sp-training-host"));
    }

    // --- check-ins and follow-ups ---

    @Test
    public void aLowConfidenceCheckInRaisesExactlyOneFollowUpForTheTrainerAndIsListedInTheTracker() {
        int p = H.programme("users", "victor", "trainer", "sofia", "title", "Escalations");
        int a = H.module(p, "Escalation basics", true, null);
        int b = H.module(p, "Escalation drill", true, null);
        int before = followUpsFromCheckins().size();

        HttpResponse<String> tooEarly = SANDBOX.postJson("victor", base(p) + "/checkins", "{\"confidence\":2}");
        complete("victor", p, a, b);
        assertTrue(me("victor", p).get("checkin").get("eligible").asBoolean());
        HttpResponse<String> checkin = SANDBOX.postJson("victor", base(p) + "/checkins",
                "{\"confidence\":2,\"comment\":\"I am unsure when to escalate <b>legal</b> issues\",\"needsHelp\":false}");
        HttpResponse<String> twice = SANDBOX.postJson("victor", base(p) + "/checkins", "{\"confidence\":4}");

        assertEquals(400, tooEarly.statusCode());
        assertEquals("social-playbook.training.checkin.not-complete", SandboxRule.json(tooEarly).get("key").asText());
        assertEquals(checkin.body(), 200, checkin.statusCode());
        JsonNode answered = SandboxRule.json(checkin).get("checkin");
        assertFalse(answered.get("eligible").asBoolean());
        assertEquals(2, answered.get("confidence").asInt());
        assertEquals(409, twice.statusCode());
        List<FollowUp> raised = followUpsFromCheckins();
        assertEquals(before + 1, raised.size());
        FollowUp followUp = raised.get(raised.size() - 1);
        assertEquals("Training follow-up: Victor Okafor feels 2/5 confident after \"Escalations\"", followUp.title());
        assertEquals(H.key("sofia"), followUp.ownerKey());
        assertTrue(followUp.description().contains("I am unsure when to escalate <b>legal</b> issues"));

        JsonNode listed = SandboxRule.json(SANDBOX.get("liam", base(p) + "/followups"));
        assertEquals(1, listed.size());
        assertEquals(followUp.id(), listed.get(0).get("followUpId").asInt());
        assertEquals("Victor Okafor", listed.get(0).get("name").asText());
        int checkinId = listed.get(0).get("id").asInt();
        JsonNode retried = SandboxRule.json(SANDBOX.postJson("liam", base(p) + "/checkins/" + checkinId + "/followup", "{}"));
        assertEquals("a retry finds the same follow-up", followUp.id(), retried.get("followUpId").asInt());
        assertEquals(before + 1, followUpsFromCheckins().size());
        JsonNode handled = SandboxRule.json(SANDBOX.postJson("liam", base(p) + "/checkins/" + checkinId + "/handled", "{}"));
        assertTrue(handled.get("handled").asBoolean());
        assertTrue(handled.get("handledText").asText().startsWith("Handled by Liam Chen"));
        assertEquals(403, SANDBOX.get("victor", base(p) + "/followups").statusCode());
    }

    @Test
    public void aConfidentCheckInRaisesNoFollowUpButAskingForHelpDoes() {
        int p = H.programme("users", "nora,marco", "trainer", "sofia", "title", "Listening");
        int a = H.module(p, "Listening tools", true, null);
        complete("nora", p, a);
        complete("marco", p, a);
        int before = followUpsFromCheckins().size();

        SANDBOX.postJson("nora", base(p) + "/checkins", "{\"confidence\":5}");
        assertEquals(before, followUpsFromCheckins().size());
        SANDBOX.postJson("marco", base(p) + "/checkins", "{\"confidence\":4,\"needsHelp\":true}");

        List<FollowUp> raised = followUpsFromCheckins();
        assertEquals(before + 1, raised.size());
        assertEquals("Training follow-up: Marco Rossi asked for help after \"Listening\"", raised.get(raised.size() - 1).title());
        assertEquals(1, SandboxRule.json(SANDBOX.get("liam", base(p) + "/followups")).size());
    }

    // --- role-driven assignment ---

    @Test
    public void joiningARoleBringsItsTrainingAndLeavingItEndsTheRequirement() {
        RoleMatrixService roles = SANDBOX.sandbox().components().get(RoleMatrixService.class);
        MatrixData matrix = SANDBOX.sandbox().as("liam", () -> roles.open(
                new MacroPage(1101, "SOCIAL", "Roles & responsibilities", true), "Social media team", 4, ""));
        Role legal = matrix.roles().stream().filter(r -> r.name().equals("Legal reviewer")).findFirst().orElseThrow();
        Map<String, String> parameters = TrainingHarness.parameters("matrix", "Social media team", "roles", "Legal reviewer");
        int p = TrainingHarness.programmeId(H.render("liam", parameters));
        int privacy = H.module(p, "Privacy and legal", true, null);
        assertEquals(0, SandboxRule.json(SANDBOX.get("liam", base(p) + "/people")).get("total").asInt());
        assertFalse(me("marco", p).get("inAudience").asBoolean());

        // as an editor does it: through the REST API
        HttpResponse<String> joined = SANDBOX.postJson("liam", "/role-matrices/" + matrix.matrix().id() + "/roles/"
                + legal.id() + "/people", "{\"userKey\":\"" + H.key("marco") + "\",\"version\":" + matrix.matrix().version() + "}");
        assertEquals(joined.body(), 200, joined.statusCode());
        String html = H.render("marco", parameters);

        JsonNode grid = SandboxRule.json(SANDBOX.get("liam", base(p) + "/people"));
        assertEquals(1, grid.get("total").asInt());
        assertEquals("Marco Rossi", grid.get("rows").get(0).get("name").asText());
        assertEquals(List.of("Legal reviewer"), List.of(grid.get("rows").get(0).get("roles").get(0).asText()));
        assertTrue(me("marco", p).get("inAudience").asBoolean());
        assertTrue(html.contains("0 of 1 required modules done"));
        assertTrue(SANDBOX.sandbox().components().get(TrainingStore.class).assignmentOf(p, H.key("marco")).orElseThrow().active());

        assertEquals(200, SANDBOX.delete("liam", "/role-matrices/" + matrix.matrix().id() + "/roles/" + legal.id()
                + "/people/" + H.key("marco") + "?version=" + SandboxRule.json(joined).get("version").asInt()).statusCode());
        String after = H.render("marco", parameters);

        assertEquals(0, SandboxRule.json(SANDBOX.get("liam", base(p) + "/people")).get("total").asInt());
        assertFalse(me("marco", p).get("inAudience").asBoolean());
        assertTrue(after.contains("This training is not assigned to you"));
        assertFalse(SANDBOX.sandbox().components().get(TrainingStore.class).assignmentOf(p, H.key("marco")).orElseThrow().active());
        assertEquals(200, SANDBOX.putJson("marco", base(p) + "/my/modules/" + privacy, "{\"status\":\"STARTED\"}").statusCode());
    }

    @Test
    public void theMacroRefusesARoleTheMatrixDoesNotHaveWithATranslatedMessage() {
        String html = H.render("nora", TrainingHarness.parameters("matrix", "Social media team", "roles", "Astronaut"));

        assertTrue(html.contains("aui-message-error"));
        assertTrue(html.contains("La matriz de roles «Social media team» no tiene el rol «Astronaut»."));
    }

    // --- CSV ---

    @Test
    public void anExportCanBeImportedBackAndBadRowsAreReportedByLineWithoutChangingAnything() {
        int p = H.programme("users", "nora,victor");
        int basics = H.module(p, "Platform basics", true, 12);
        H.module(p, "Brand voice", true, null);
        SANDBOX.putJson("liam", base(p) + "/people/" + H.key("nora") + "/modules/" + basics,
                "{\"status\":\"COMPLETED\",\"completedOn\":\"2025-03-01\",\"note\":\"=cmd|' /C calc'!A0\"}");

        String csv = SANDBOX.get("liam", base(p) + "/csv").body();
        assertTrue(csv.startsWith("\uFEFFUsername,Name,Module,Required,Status,Completed on"));
        assertTrue(csv.contains("nora,Nora Giménez,Platform basics,yes,"));
        assertTrue("formulas are neutralised", csv.contains("'=cmd"));
        assertEquals(403, SANDBOX.get("victor", base(p) + "/csv").statusCode());

        String bad = "Username,Module,Status,Completed on\n"
                + "victor,Brand voice,completed,2025-05-02\n"
                + "ghost,Brand voice,completed,\n"
                + "victor,Cooking,completed,\n"
                + "victor,Platform basics,finished,\n"
                + "victor,Brand voice,waived,\n";
        JsonNode preview = SandboxRule.json(SANDBOX.postJson("liam", base(p) + "/csv/preview",
                "{\"csv\":" + TrainingHarness.quote(bad).replace("\n", "\\n") + "}"));
        HttpResponse<String> refused = SANDBOX.postJson("liam", base(p) + "/csv",
                "{\"csv\":" + TrainingHarness.quote(bad).replace("\n", "\\n") + "}");

        assertEquals(5, preview.get("rows").asInt());
        assertEquals(1, preview.get("changes").size());
        assertEquals(List.of("Line 3: there is no user \"ghost\".", "Line 4: this programme has no module \"Cooking\".",
                "Line 5: \"finished\" is not a status (not started, in progress, completed, waived).",
                "Line 6: the same person and module as line 2."), messages(preview.get("errors")));
        assertEquals(400, refused.statusCode());
        assertEquals("NOT_STARTED", me("victor", p).get("state").asText());

        String good = "Username,Module,Status,Completed on\nvictor,Brand voice,completed,2025-05-02\n"
                + "victor,Platform basics,in progress,\n";
        HttpResponse<String> imported = SANDBOX.postJson("liam", base(p) + "/csv",
                "{\"csv\":" + TrainingHarness.quote(good).replace("\n", "\\n") + "}");
        assertEquals(imported.body(), 2, SandboxRule.json(imported).get("changed").asInt());
        assertEquals("IN_PROGRESS", me("victor", p).get("state").asText());
        JsonNode reimport = SandboxRule.json(SANDBOX.postJson("liam", base(p) + "/csv/preview",
                "{\"csv\":" + TrainingHarness.quote(SANDBOX.get("liam", base(p) + "/csv").body().substring(1))
                        .replace("\n", "\\n").replace("\r", "\\r") + "}"));
        assertEquals("an export imported back changes nothing", 0, reimport.get("changes").size());
        assertEquals(0, reimport.get("errors").size());
    }

    private static List<String> messages(JsonNode problems) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        problems.forEach(p -> out.add(p.get("message").asText()));
        return out;
    }

    // --- the overview ---

    @Test
    public void stepFourOnTheOverviewReportsTheShareOfRequiredTrainingDone() {
        JsonNode overview = SandboxRule.json(SANDBOX.get("victor", "/spaces/SOCIAL/overview"));

        JsonNode step = null;
        for (JsonNode s : overview.get("steps")) {
            if (s.get("step").asText().equals("TRAINING")) {
                step = s;
            }
        }
        assertEquals("STARTED", step.get("state").asText());
        assertEquals("social-playbook.training.status.summary", step.get("summaryKey").asText());
        assertTrue(step.get("percent").asInt() > 0 && step.get("percent").asInt() < 100);
    }
}
