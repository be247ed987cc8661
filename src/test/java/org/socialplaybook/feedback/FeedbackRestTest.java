package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.platform.FollowUpIntake;
import org.socialplaybook.platform.FollowUpRequest;
import org.socialplaybook.testing.SandboxRule;

/**
 * The capability through its REST API in the sandbox pointed at a fake Jira: who may do what, XSRF, bad input
 * (400/404 with translated messages, nothing changed), secrets never returned or rendered, escaping, creating
 * several follow-ups in Jira in one action, linking, the managers' report and CSV, the intake port.
 */
public class FeedbackRestTest {
    private static final FakeJira JIRA = new FakeJira();
    private static final SandboxRule SANDBOX = new SandboxRule(c -> c.withJira(JIRA.url(), null, FakeJira.TOKEN));

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(JIRA).around(SANDBOX);

    private static final String BOARD = "/feedback/pages/1401/boards/followups";

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return SandboxRule.json(response);
    }

    private static int addFollowUp(String user, String title) {
        JsonNode answer = ok(SANDBOX.postJson(user, BOARD + "/followups",
                "{\"title\":\"" + title + "\",\"owner\":\"liam\",\"due\":\"2026-12-15\",\"description\":\"Why it matters\"}"), 201);
        return answer.get("result").get("id").asInt();
    }

    private static int followUpCount() {
        return SandboxRule.json(SANDBOX.get("sofia", BOARD)).get("board").get("followUps").size();
    }

    @Test
    public void anEditorAddsAFollowUpAndSeesTheBoardRenderedBack() {
        JsonNode answer = ok(SANDBOX.postJson("liam", BOARD + "/followups",
                "{\"title\":\"Prepare the Q1 training\",\"owner\":\"nora\",\"due\":\"2027-01-10\"}"), 201);

        assertTrue(answer.get("html").asText().contains("Prepare the Q1 training"));
        assertTrue(answer.get("board").get("followUps").toString().contains("Nora Gim"));
    }

    @Test
    public void aViewerMayReadButNotChangeAndAnonymousCallersMustLogIn() {
        int before = followUpCount();

        assertEquals(200, SANDBOX.get("victor", BOARD).statusCode());
        HttpResponse<String> forbidden = SANDBOX.postJson("victor", BOARD + "/followups", "{\"title\":\"Sneaky\"}");
        assertEquals(403, forbidden.statusCode());
        assertEquals("social-playbook.error.edit-required", SandboxRule.json(forbidden).get("key").asText());
        assertEquals(401, SANDBOX.postJson(null, BOARD + "/followups", "{\"title\":\"Anon\"}").statusCode());
        assertEquals(before, followUpCount());
    }

    @Test
    public void aFormPostWithoutTheXsrfHeaderIsRefused() {
        int before = followUpCount();

        HttpResponse<String> response = SANDBOX.send(SANDBOX.rest("liam", BOARD + "/followups")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("title=Forged")));

        assertTrue("refused: " + response.statusCode(), response.statusCode() == 403);
        assertEquals(before, followUpCount());
    }

    @Test
    public void badInputIsA400WithTheFieldAndATranslatedMessageAndNothingChanges() {
        int before = followUpCount();

        JsonNode tooLong = ok(SANDBOX.postJson("liam", BOARD + "/followups", "{\"title\":\"" + "x".repeat(201) + "\"}"), 400);
        JsonNode badDate = ok(SANDBOX.postJson("nora", BOARD + "/followups", "{\"title\":\"t\",\"due\":\"31/12\"}"), 400);
        JsonNode malformed = ok(SANDBOX.postJson("liam", BOARD + "/followups", "{\"title\": "), 400);
        JsonNode unknownField = ok(SANDBOX.postJson("liam", BOARD + "/followups", "{\"title\":\"t\",\"priority\":1}"), 400);
        JsonNode unknownOwner = ok(SANDBOX.postJson("liam", BOARD + "/followups", "{\"title\":\"t\",\"owner\":\"ghost\"}"), 400);

        assertEquals("title", tooLong.get("field").asText());
        assertTrue(tooLong.get("message").asText().contains("200"));
        assertEquals("La fecha límite debe ser una fecha como 2026-12-31.", badDate.get("message").asText());
        assertEquals("social-playbook.error.malformed-json", malformed.get("key").asText());
        assertEquals("social-playbook.error.malformed-json", unknownField.get("key").asText());
        assertEquals("social-playbook.feedback.person-unknown", unknownOwner.get("key").asText());
        assertEquals(before, followUpCount());
    }

    @Test
    public void twoFollowUpsAreCreatedInJiraInOneActionAndTheirStatusesFollow() {
        int a = addFollowUp("marco", "Brief the night shift");
        int b = addFollowUp("marco", "Add the outage replies to the examples");

        JsonNode answer = ok(SANDBOX.postJson("marco", BOARD + "/followups/jira",
                "{\"ids\":[" + a + "," + b + "],\"project\":\"SOC\",\"issueType\":\"Task\",\"labels\":\"q4\"}"), 200);

        List<String> keys = new ArrayList<>();
        answer.get("result").forEach(o -> keys.add(o.get("jiraKey").asText()));
        assertEquals(2, keys.size());
        for (String key : keys) {
            assertTrue(JIRA.issue(key).labels.contains("q4"));
            assertEquals("liam", JIRA.issue(key).assignee);
        }
        JIRA.transition(keys.get(0), "In Progress", "indeterminate", null);
        JsonNode synced = ok(SANDBOX.postJson("victor", BOARD + "/sync", "{\"force\":true}"), 200);
        String html = synced.get("html").asText();
        assertTrue(html, html.contains(keys.get(0)) && html.contains("In Progress") && html.contains("To Do"));
        assertTrue(synced.get("board").get("lastSynced").isTextual());
        ok(SANDBOX.postJson("marco", BOARD + "/followups/jira", "{\"ids\":[" + a + "],\"project\":\"SOC\"}"), 200);
        assertEquals("a second click creates nothing", 1, JIRA.issues().stream().filter(i -> i.summary.equals("Brief the night shift")).count());
    }

    @Test
    public void anUnknownProjectIsRefusedBeforeAnythingWaits() {
        int id = addFollowUp("liam", "Wrong project");

        JsonNode refused = ok(SANDBOX.postJson("liam", BOARD + "/followups/jira", "{\"ids\":[" + id + "],\"project\":\"NOPE\"}"), 400);

        assertEquals("social-playbook.feedback.project-unknown", refused.get("key").asText());
        assertTrue(SandboxRule.json(SANDBOX.get("liam", BOARD)).get("board").toString().contains("\"jiraState\":\"LOCAL\""));
    }

    @Test
    public void linkingChecksTheKeyWithJira() {
        int id = addFollowUp("nora", "Already tracked in Jira");
        FakeJira.Issue existing = JIRA.existing("MKT", "Campaign calendar");

        JsonNode malformed = ok(SANDBOX.postJson("nora", BOARD + "/followups/" + id + "/link", "{\"key\":\"not a key\"}"), 400);
        JsonNode missing = ok(SANDBOX.postJson("nora", BOARD + "/followups/" + id + "/link", "{\"key\":\"MKT-999\"}"), 404);
        JsonNode linked = ok(SANDBOX.postJson("nora", BOARD + "/followups/" + id + "/link", "{\"key\":\"" + existing.key.toLowerCase() + "\"}"), 200);

        assertEquals("social-playbook.feedback.key-invalid", malformed.get("key").asText());
        assertEquals("social-playbook.feedback.issue-not-found", missing.get("key").asText());
        assertEquals(existing.key, linked.get("result").get("key").asText());
    }

    @Test
    public void privateFeedbackIsSeenOnlyByItsAuthorItsSubjectAndSpaceAdmins() {
        ok(SANDBOX.postJson("marco", BOARD + "/feedback", "{\"about\":\"PERSON\",\"subject\":\"nora\",\"kind\":\"IMPROVEMENT\","
                + "\"visibility\":\"PRIVATE\",\"text\":\"Private note for Nora only\"}"), 201);

        assertTrue(SANDBOX.get("marco", BOARD).body().contains("Private note for Nora only"));
        assertTrue(SANDBOX.get("nora", BOARD).body().contains("Private note for Nora only"));
        assertTrue(SANDBOX.get("sofia", BOARD).body().contains("Private note for Nora only"));
        assertFalse(SANDBOX.get("liam", BOARD).body().contains("Private note for Nora only"));
        assertFalse(SANDBOX.viewPage("victor", 1401).contains("Private note for Nora only"));
    }

    @Test
    public void aFollowUpRaisedOnSomeonesBehalfIsHiddenFromViewOnlyReadersOfTheBoardAndTheOwnersReport() {
        FollowUpIntake intake = SANDBOX.sandbox().components().get(FollowUpIntake.class);
        String title = "Liam asked for help after the crisis drill";
        int victorOpen = ok(SANDBOX.get("victor", BOARD), 200).get("board").get("open").asInt();
        int sofiaOpen = ok(SANDBOX.get("sofia", BOARD), 200).get("board").get("open").asInt();
        int victorReportOpen = ok(SANDBOX.get("victor", "/feedback/spaces/SOCIAL/report"), 200).get("open").asInt();
        int marcoReportOpen = ok(SANDBOX.get("marco", "/feedback/spaces/SOCIAL/report"), 200).get("open").asInt();
        intake.submit(new FollowUpRequest("SOCIAL", null, title, "Confidence 1/5. His comment: I froze.",
                SANDBOX.userKey("sofia"), LocalDate.parse("2026-12-20"), SANDBOX.userKey("liam"), "training-checkin", "privacy-1"));

        JsonNode victorBoard = ok(SANDBOX.get("victor", BOARD), 200).get("board");
        JsonNode sofiaBoard = ok(SANDBOX.get("sofia", BOARD), 200).get("board");
        String victorPage = SANDBOX.viewPage("victor", 1401);
        JsonNode victorCounts = ok(SANDBOX.get("victor", "/feedback/spaces/SOCIAL/report"), 200);
        JsonNode marcoCounts = ok(SANDBOX.get("marco", "/feedback/spaces/SOCIAL/report"), 200);

        assertFalse("a view-only reader does not learn who asked for help", victorBoard.toString().contains(title));
        assertFalse(victorPage.contains(title));
        assertFalse(victorPage.contains("His comment: I froze."));
        assertFalse("the demo's team request of Marco", victorPage.contains("Sent by Marco Rossi through the team card"));
        assertTrue("victor's own team request", victorPage.contains("Sent by Victor Okafor through the team card"));
        assertFalse(victorCounts.toString().contains(title));
        assertFalse(SANDBOX.viewPage("victor", 1402).contains(title));
        assertFalse(SANDBOX.get("victor", "/feedback/spaces/SOCIAL/report.csv").body().contains(title));
        assertEquals("the counts leave it out too", victorOpen, victorBoard.get("open").asInt());
        assertEquals(sofiaOpen + 1, sofiaBoard.get("open").asInt());
        assertEquals(victorReportOpen, victorCounts.get("open").asInt());
        assertEquals(marcoReportOpen + 1, marcoCounts.get("open").asInt());
        assertTrue("its owner sees it", sofiaBoard.toString().contains(title));
        assertTrue("the person it came from sees it", SANDBOX.get("liam", BOARD).body().contains(title));
        assertTrue("an editor of the board sees it", SANDBOX.viewPage("marco", 1401).contains(title));
        assertTrue("an editor of the space sees it in the report", SANDBOX.viewPage("nora", 1402).contains(title));
    }

    @Test
    public void aFollowUpFromPrivateFeedbackDoesNotTellOthersWhomTheFeedbackWasAbout() {
        int feedback = ok(SANDBOX.postJson("sofia", BOARD + "/feedback", "{\"about\":\"PERSON\",\"subject\":\"marco\","
                + "\"kind\":\"IMPROVEMENT\",\"visibility\":\"PRIVATE\",\"text\":\"Late twice this week\"}"), 201).get("result").get("id").asInt();
        String title = "Agree on a hand-over rota " + feedback;
        ok(SANDBOX.postJson("sofia", BOARD + "/followups", "{\"title\":\"" + title + "\",\"owner\":\"liam\",\"feedbackId\":"
                + feedback + "}"), 201);

        String victor = SANDBOX.viewPage("victor", 1401);
        JsonNode victorRow = row(ok(SANDBOX.get("victor", BOARD), 200), title);
        JsonNode marcoRow = row(ok(SANDBOX.get("marco", BOARD), 200), title);
        JsonNode sofiaRow = row(ok(SANDBOX.get("sofia", BOARD), 200), title);

        assertTrue("the follow-up itself is the board's", victor.contains(title));
        assertFalse(victor.contains("From feedback about Marco Rossi"));
        assertTrue(victorRow.toString(), victorRow.get("subject").isNull());
        assertEquals("the person it is about may read the feedback", "Marco Rossi", marcoRow.get("subject").asText());
        assertEquals("so may its author", "Marco Rossi", sofiaRow.get("subject").asText());
    }

    private static JsonNode row(JsonNode answer, String title) {
        for (JsonNode f : answer.get("board").get("followUps")) {
            if (f.get("title").asText().equals(title)) {
                return f;
            }
        }
        throw new AssertionError("no follow-up " + title + " in " + answer);
    }

    @Test
    public void textPeopleTypeIsEscapedEverywhere() {
        addFollowUp("liam", "<img src=x onerror=alert(1)>");

        String page = SANDBOX.viewPage("nora", 1401);
        String html = SandboxRule.json(SANDBOX.get("nora", BOARD)).get("html").asText();

        for (String out : List.of(page, html)) {
            assertFalse(out.contains("<img src=x"));
            assertTrue(out.contains("&lt;img src=x onerror=alert(1)&gt;"));
        }
    }

    @Test
    public void theJiraTokenIsNeverReturnedNorRendered() {
        JsonNode view = ok(SANDBOX.get("sofia", "/jira/spaces/SOCIAL/connection"), 200);
        JsonNode saved = ok(SANDBOX.putJson("sofia", "/jira/spaces/SOCIAL/connection",
                "{\"baseUrl\":\"" + JIRA.url() + "\",\"auth\":\"TOKEN\",\"token\":\"\"}"), 200);
        JsonNode test = ok(SANDBOX.postJson("sofia", "/jira/spaces/SOCIAL/connection/test", "{}"), 200);

        assertTrue(view.get("secretStored").asBoolean());
        assertEquals(JIRA.url(), view.get("baseUrl").asText());
        assertTrue("an empty token keeps the stored one", test.get("ok").asBoolean());
        assertEquals("Connected to Jira as Jira Bot.", test.get("message").asText());
        for (String body : List.of(view.toString(), saved.toString(), test.toString(), SANDBOX.viewPage("sofia", 1401),
                SANDBOX.get("sofia", BOARD).body())) {
            assertFalse(body.contains(FakeJira.TOKEN));
        }
        assertEquals(403, SANDBOX.get("liam", "/jira/spaces/SOCIAL/connection").statusCode());
        assertEquals(403, SANDBOX.putJson("marco", "/jira/spaces/SOCIAL/connection", "{\"baseUrl\":\"http://evil.example\"}").statusCode());
        JsonNode badUrl = ok(SANDBOX.putJson("sofia", "/jira/spaces/SOCIAL/connection", "{\"baseUrl\":\"file:///etc/passwd\"}"), 400);
        assertEquals("baseUrl", badUrl.get("field").asText());
    }

    @Test
    public void aStaleVersionIsAConflictAndTheFollowUpIsUnchanged() {
        int id = addFollowUp("liam", "Optimistic");
        ok(SANDBOX.postJson("liam", BOARD + "/followups/" + id + "/done", "{\"done\":true,\"version\":1}"), 200);

        JsonNode conflict = ok(SANDBOX.postJson("nora", BOARD + "/followups/" + id + "/done", "{\"done\":false,\"version\":1}"), 409);

        assertEquals("social-playbook.feedback.changed-meanwhile", conflict.get("key").asText());
    }

    @Test
    public void aVersionTheFollowUpNeverHadIsA400AndChangesNothing() {
        int id = addFollowUp("liam", "Never versioned");

        JsonNode ahead = ok(SANDBOX.postJson("liam", BOARD + "/followups/" + id + "/done", "{\"done\":true,\"version\":99}"), 400);
        JsonNode zero = ok(SANDBOX.postJson("liam", BOARD + "/followups/" + id + "/done", "{\"done\":true,\"version\":0}"), 400);

        assertEquals("social-playbook.error.version-unknown", ahead.get("key").asText());
        assertEquals("social-playbook.error.version-unknown", zero.get("key").asText());
        assertEquals(200, SANDBOX.postJson("liam", BOARD + "/followups/" + id + "/done", "{\"done\":true,\"version\":1}").statusCode());
    }

    @Test
    public void managersSeeFollowUpsByOwnerAndExportThemAsCsv() {
        addFollowUp("marco", "=1+2 looks like a formula");

        JsonNode report = ok(SANDBOX.get("victor", "/feedback/spaces/SOCIAL/report"), 200);
        HttpResponse<String> csv = SANDBOX.get("marco", "/feedback/spaces/SOCIAL/report.csv");

        assertTrue(report.get("owners").size() >= 3);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFboard,title,owner,due,state,jira,jira status"));
        assertTrue("formulas are neutralised", csv.body().contains("'=1+2 looks like a formula"));
        assertTrue(SANDBOX.viewPage("marco", 1402).contains("sp-fb-bar"));
    }

    @Test
    public void anotherCapabilitySubmittingTheSameSourceTwiceGetsOneFollowUp() {
        FollowUpIntake intake = SANDBOX.sandbox().components().get(FollowUpIntake.class);
        FollowUpRequest request = new FollowUpRequest("SOCIAL", null, "Check-in: Nora asked for the escalation refresher",
                null, SANDBOX.userKey("nora"), LocalDate.parse("2026-12-20"), null, "training-checkin", "42");

        long first = intake.submit(request);
        long second = intake.submit(request);

        assertEquals(first, second);
        int copies = 0;
        for (JsonNode f : SandboxRule.json(SANDBOX.get("sofia", BOARD)).get("board").get("followUps")) {
            copies += f.get("title").asText().startsWith("Check-in: Nora asked") ? 1 : 0;
        }
        assertEquals(1, copies);
    }

    @Test
    public void followUpsThatWaitBecauseJiraLookedDownBeforeTheyWereTriedSayWhy() {
        int first = addFollowUp("liam", "Waits: Jira down before it was tried");
        int second = addFollowUp("liam", "Waits too: Jira down before it was tried");
        JIRA.failWith("GET", "/rest/api/2/project", 100, 503, "{}", Map.of());
        try {
            JsonNode outcomes = ok(SANDBOX.postJson("liam", BOARD + "/followups/jira",
                    "{\"ids\":[" + first + "," + second + "],\"project\":\"SOC\"}"), 200);
            assertTrue(outcomes.toString(), outcomes.toString().contains("SERVER_ERROR") || outcomes.toString().contains("UNREACHABLE"));
        } finally {
            JIRA.clearFaults();
        }

        int waiting = 0;
        for (String user : new String[] {"liam", "nora"}) {
            for (JsonNode f : SandboxRule.json(SANDBOX.get(user, BOARD)).get("board").get("followUps")) {
                if (f.get("id").asInt() == first || f.get("id").asInt() == second) {
                    assertEquals("WAITING", f.get("jiraState").asText());
                    assertTrue(user + " sees why it waits: " + f, f.hasNonNull("reason") && !f.get("reason").asText().isBlank());
                    assertTrue(f.get("reason").asText(), f.get("reason").asText().contains(user.equals("nora") ? "Se volverá a intentar" : "tried again"));
                    assertTrue(f.get("reason").asText(), !user.equals("nora") || !f.get("reason").asText().contains("tried again"));
                    waiting++;
                }
            }
        }
        assertEquals(4, waiting);
    }

    @Test
    public void aSlowJiraNeverBlocksThePageRender() {
        int id = addFollowUp("liam", "Linked while Jira is slow");
        ok(SANDBOX.postJson("liam", BOARD + "/followups/jira", "{\"ids\":[" + id + "],\"project\":\"SOC\"}"), 200);
        JIRA.resetCounts();
        JIRA.slow(null, null, 1_000, 5_000);
        try {
            long start = System.nanoTime();
            String page = SANDBOX.viewPage("nora", 1401);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue("rendered in " + millis + " ms", millis < 2_000);
            assertTrue(page.contains("Linked while Jira is slow"));
            assertEquals("the render asked Jira nothing", 0, JIRA.totalRequests());
        } finally {
            JIRA.clearFaults();
        }
    }

    @Test
    public void theOverviewShowsStepFiveFromTheFollowUps() {
        JsonNode overview = ok(SANDBOX.get("victor", "/spaces/SOCIAL/overview"), 200);

        JsonNode step = overview.get("steps").get(4);
        assertEquals("FEEDBACK", step.get("step").asText());
        assertTrue(List.of("STARTED", "IN_PLACE").contains(step.get("state").asText()));
    }
}
