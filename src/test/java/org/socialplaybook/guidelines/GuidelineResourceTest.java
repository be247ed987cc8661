package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.guidelines.GuidelineSandbox.GUIDELINES_PAGE;
import static org.socialplaybook.guidelines.GuidelineSandbox.MY_GUIDELINES_PAGE;
import static org.socialplaybook.guidelines.GuidelineSandbox.acknowledge;
import static org.socialplaybook.guidelines.GuidelineSandbox.block;
import static org.socialplaybook.guidelines.GuidelineSandbox.path;
import static org.socialplaybook.guidelines.GuidelineSandbox.publish;
import static org.socialplaybook.guidelines.GuidelineSandbox.status;
import static org.socialplaybook.guidelines.GuidelineSandbox.viewAndAccept;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/**
 * The guideline REST API and blocks on real pages, in the sandbox (real Jersey, permissions, XSRF, Velocity
 * escaping, AO): acknowledge as yourself, once per version; 400 / 401 / 403 / 404 / 409 with translated messages;
 * reports for owners and space admins only; what waits for me; step 8 on the overview. Each test writes its own
 * guideline keys, so the tests do not depend on each other's order.
 */
public class GuidelineResourceTest {
    static final GuidelineSandbox.MovableClock CLOCK = new GuidelineSandbox.MovableClock();

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withoutDemoData().withClock(CLOCK));

    private static final String TEAM = "social-team";

    private static void page(long pageId, String... blocks) {
        publish(SANDBOX, "sofia", pageId, "<p>Guidelines under test.</p>" + String.join("", blocks));
    }

    @Test
    public void aMemberAcknowledgesTheCurrentVersionAndADoubleClickRecordsItOnce() {
        page(GUIDELINES_PAGE, block("double-click", "<p>Answer within two hours.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        int versionId = status(SANDBOX, "liam", "double-click").get("versionId").asInt();

        HttpResponse<String> first = acknowledge(SANDBOX, "liam", "double-click", versionId);
        HttpResponse<String> second = acknowledge(SANDBOX, "liam", "double-click", versionId);

        assertEquals(200, first.statusCode());
        assertEquals(200, second.statusCode());
        assertEquals("ACKNOWLEDGED", SandboxRule.json(second).get("state").asText());
        assertEquals("Acknowledged", SandboxRule.json(second).get("stateText").asText());
        JsonNode report = SandboxRule.json(SANDBOX.get("sofia", path("double-click") + "/report"));
        assertEquals(1, report.get("history").size());
        assertEquals(SANDBOX.userKey("liam"), report.get("history").get(0).get("userKey").asText());
    }

    @Test
    public void concurrentClicksStillRecordOneAcknowledgement() throws Exception {
        page(GUIDELINES_PAGE, block("race", "<p>Be kind.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("nora", GUIDELINES_PAGE);
        int versionId = status(SANDBOX, "nora", "race").get("versionId").asInt();
        List<Thread> clicks = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            clicks.add(new Thread(() -> statuses.add(acknowledge(SANDBOX, "nora", "race", versionId).statusCode())));
        }

        clicks.forEach(Thread::start);
        for (Thread t : clicks) {
            t.join();
        }

        assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses);
        assertEquals(1, SandboxRule.json(SANDBOX.get("sofia", path("race") + "/report")).get("history").size());
    }

    @Test
    public void aVersionThatNeverExistedIsA400NotAConflictAndRecordsNothing() {
        page(GUIDELINES_PAGE, block("tone-of-voice", "<p>Warm, short, human.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("liam", GUIDELINES_PAGE);

        HttpResponse<String> unknown = SANDBOX.postJson("liam", path("tone-of-voice") + "/acknowledgements", "{\"versionId\":999999}");
        HttpResponse<String> negative = SANDBOX.postJson("liam", path("tone-of-voice") + "/acknowledgements", "{\"versionId\":-1}");

        for (HttpResponse<String> response : List.of(unknown, negative)) {
            assertEquals(response.body(), 400, response.statusCode());
            JsonNode body = SandboxRule.json(response);
            assertEquals("social-playbook.guidelines.error.version-unknown", body.get("key").asText());
            assertEquals("versionId", body.get("field").asText());
        }
        assertEquals("NOT_ACKNOWLEDGED", status(SANDBOX, "liam", "tone-of-voice").get("state").asText());
        assertEquals(0, SandboxRule.json(SANDBOX.get("sofia", path("tone-of-voice") + "/report")).get("history").size());
    }

    @Test
    public void afterAnEditTheMemberSeesWhatChangedAndTheOldVersionCanNoLongerBeAccepted() {
        page(GUIDELINES_PAGE, block("edited", "<p>Answer within two hours.</p>", "audience-groups", TEAM));
        JsonNode accepted = viewAndAccept(SANDBOX, "liam", GUIDELINES_PAGE, "edited");
        int oldVersion = accepted.get("versionId").asInt();

        page(GUIDELINES_PAGE, block("edited", "<p>Answer within <strong>one</strong> hour.</p>", "audience-groups", TEAM));
        String html = SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        HttpResponse<String> stale = acknowledge(SANDBOX, "liam", "edited", oldVersion);

        assertTrue(html.contains("Changed since you acknowledged"));
        assertTrue(html.contains("<del>two hours.</del>"));
        assertTrue(html.contains("<ins>one hour.</ins>"));
        assertEquals(409, stale.statusCode());
        assertEquals("social-playbook.guidelines.error.changed-meanwhile", SandboxRule.json(stale).get("key").asText());
        assertTrue(SandboxRule.json(stale).get("message").asText().contains("changed while you were reading"));
        JsonNode again = viewAndAccept(SANDBOX, "liam", GUIDELINES_PAGE, "edited");
        assertEquals("ACKNOWLEDGED", again.get("state").asText());
        JsonNode history = SandboxRule.json(SANDBOX.get("sofia", path("edited") + "/report")).get("history");
        assertEquals(2, history.size());
        assertEquals(1, history.get(0).get("revision").asInt());
        assertEquals(2, history.get(1).get("revision").asInt());
    }

    @Test
    public void reformattingTheTextDoesNotAskAgain() {
        page(GUIDELINES_PAGE, block("reformatted", "<p>Answer within two hours.</p>", "audience-groups", TEAM));
        viewAndAccept(SANDBOX, "liam", GUIDELINES_PAGE, "reformatted");

        page(GUIDELINES_PAGE, block("reformatted", "<ul><li><p>Answer   within <em>two</em> hours.</p></li></ul>",
                "audience-groups", TEAM));
        SANDBOX.viewPage("sofia", GUIDELINES_PAGE);

        assertEquals("ACKNOWLEDGED", status(SANDBOX, "liam", "reformatted").get("state").asText());
    }

    @Test
    public void underVersionChangeATypoFixDoesNotAskAgainButANewVersionLabelDoes() {
        page(GUIDELINES_PAGE, block("typo", "<p>Nevr share data.</p>", "audience-groups", TEAM,
                "reack", "version-change", "version", "1.0"));
        viewAndAccept(SANDBOX, "nora", GUIDELINES_PAGE, "typo");

        page(GUIDELINES_PAGE, block("typo", "<p>Never share data.</p>", "audience-groups", TEAM,
                "reack", "version-change", "version", "1.0"));
        SANDBOX.viewPage("sofia", GUIDELINES_PAGE);
        JsonNode typoFixed = status(SANDBOX, "nora", "typo");
        String afterTypoFix = typoFixed.get("state").asText();
        int acceptAgain = acknowledge(SANDBOX, "nora", "typo", typoFixed.get("versionId").asInt()).statusCode();
        int historyAfterTypoFix = SandboxRule.json(SANDBOX.get("sofia", path("typo") + "/report")).get("history").size();
        page(GUIDELINES_PAGE, block("typo", "<p>Never share data.</p>", "audience-groups", TEAM,
                "reack", "version-change", "version", "2.0"));
        SANDBOX.viewPage("sofia", GUIDELINES_PAGE);

        assertEquals("ACKNOWLEDGED", afterTypoFix);
        assertEquals(200, acceptAgain);
        assertEquals("already covered: no second row", 1, historyAfterTypoFix);
        JsonNode afterNewVersion = status(SANDBOX, "nora", "typo");
        assertEquals("CHANGED", afterNewVersion.get("state").asText());
        assertTrue(afterNewVersion.get("message").asText(), afterNewVersion.get("message").asText().contains("versión 2.0"));
    }

    @Test
    public void someoneOutsideTheAudienceCannotAcknowledge() {
        page(GUIDELINES_PAGE, block("team-only", "<p>For the team.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("victor", GUIDELINES_PAGE);
        JsonNode victor = status(SANDBOX, "victor", "team-only");

        HttpResponse<String> response = acknowledge(SANDBOX, "victor", "team-only", victor.get("versionId").asInt());

        assertEquals("NOT_IN_AUDIENCE", victor.get("state").asText());
        assertFalse(victor.get("canAcknowledge").asBoolean());
        assertEquals(403, response.statusCode());
        assertEquals("social-playbook.guidelines.error.not-in-audience", SandboxRule.json(response).get("key").asText());
    }

    @Test
    public void aGuidelineForInformationOnlyAsksNothing() {
        page(GUIDELINES_PAGE, block("fyi", "<p>Just so you know.</p>", "ack-required", "false", "level", "tip"));
        String html = SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        JsonNode liam = status(SANDBOX, "liam", "fyi");

        HttpResponse<String> response = acknowledge(SANDBOX, "liam", "fyi", liam.get("versionId").asInt());

        assertFalse(html.contains("sp-guideline-accept"));
        assertTrue(html.contains("sp-guideline-tip"));
        assertEquals("NOT_REQUIRED", liam.get("state").asText());
        assertEquals(400, response.statusCode());
    }

    @Test
    public void badInputIs400WithATranslatedMessageAndChangesNothing() {
        page(GUIDELINES_PAGE, block("bad-input", "<p>Text.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("nora", GUIDELINES_PAGE);

        HttpResponse<String> missing = SANDBOX.postJson("nora", path("bad-input") + "/acknowledgements", "{}");
        HttpResponse<String> notANumber = SANDBOX.postJson("nora", path("bad-input") + "/acknowledgements", "{\"versionId\": \"abc\"}");
        HttpResponse<String> someoneElse = SANDBOX.postJson("nora", path("bad-input") + "/acknowledgements",
                "{\"versionId\": 1, \"userKey\": \"" + SANDBOX.userKey("liam") + "\"}");
        HttpResponse<String> notJson = SANDBOX.postJson("nora", path("bad-input") + "/acknowledgements", "{versionId:");

        assertEquals(400, missing.statusCode());
        assertEquals("versionId", SandboxRule.json(missing).get("field").asText());
        assertEquals("Indica qué versión has leído (versionId).", SandboxRule.json(missing).get("message").asText());
        assertEquals(400, notANumber.statusCode());
        assertEquals(400, someoneElse.statusCode());
        assertEquals(400, notJson.statusCode());
        assertEquals(0, SandboxRule.json(SANDBOX.get("sofia", path("bad-input") + "/report")).get("history").size());
    }

    @Test
    public void unknownGuidelinesAndSpacesAre404() {
        HttpResponse<String> unknownKey = SANDBOX.get("liam", path("no-such-guideline") + "/status");
        HttpResponse<String> unknownSpace = SANDBOX.get("liam", "/guidelines/NOPE/mine");
        HttpResponse<String> ackUnknown = acknowledge(SANDBOX, "liam", "no-such-guideline", 1);

        assertEquals(404, unknownKey.statusCode());
        assertEquals("social-playbook.guidelines.error.not-found", SandboxRule.json(unknownKey).get("key").asText());
        assertEquals(404, unknownSpace.statusCode());
        assertEquals(404, ackUnknown.statusCode());
    }

    @Test
    public void anonymousCallersAre401AndCrossSiteFormPostsAreRefused() {
        page(GUIDELINES_PAGE, block("xsrf", "<p>Text.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        int versionId = status(SANDBOX, "liam", "xsrf").get("versionId").asInt();
        String body = "{\"versionId\": " + versionId + "}";

        HttpResponse<String> anonymous = acknowledge(SANDBOX, null, "xsrf", versionId);
        List<Integer> crossSite = new ArrayList<>();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            crossSite.add(SANDBOX.send(SANDBOX.rest("liam", path("xsrf") + "/acknowledgements")
                    .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
        }
        String afterCrossSite = status(SANDBOX, "liam", "xsrf").get("state").asText();
        HttpResponse<String> fromThePage = SANDBOX.send(SANDBOX.rest("liam", path("xsrf") + "/acknowledgements")
                .header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertEquals(401, anonymous.statusCode());
        // what a cross-site form can send never reaches the method: 403 (XSRF), as Atlassian REST answers
        for (int code : crossSite) {
            assertTrue("HTTP " + code, code == 403);
        }
        assertEquals("NOT_ACKNOWLEDGED", afterCrossSite);
        assertEquals(200, fromThePage.statusCode());
    }

    @Test
    public void onlyOwnersAndSpaceAdminsSeeTheReportAndItsCsv() {
        page(GUIDELINES_PAGE, block("owned", "<p>Text.</p>", "audience-groups", TEAM, "owners", "liam"));
        viewAndAccept(SANDBOX, "nora", GUIDELINES_PAGE, "owned");

        HttpResponse<String> member = SANDBOX.get("nora", path("owned") + "/report");
        HttpResponse<String> owner = SANDBOX.get("liam", path("owned") + "/report");
        HttpResponse<String> admin = SANDBOX.get("sofia", path("owned") + "/report");
        HttpResponse<String> csv = SANDBOX.get("sofia", path("owned") + "/report.csv");
        HttpResponse<String> csvForMember = SANDBOX.get("nora", path("owned") + "/report.csv");

        assertEquals(403, member.statusCode());
        assertEquals("social-playbook.guidelines.error.report-forbidden", SandboxRule.json(member).get("key").asText());
        assertEquals(200, owner.statusCode());
        assertEquals(200, admin.statusCode());
        JsonNode progress = SandboxRule.json(admin).get("progress");
        assertEquals(3, progress.get("audience").asInt());
        assertEquals(1, progress.get("acknowledged").asInt());
        assertEquals(33, progress.get("percent").asInt());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("guideline-SOCIAL-owned.csv"));
        String[] lines = csv.body().replace("\uFEFF", "").split("\r\n");
        assertEquals("Name,Username,Status,Acknowledged version,Acknowledged at (UTC),Due (UTC),In audience", lines[0]);
        assertEquals(4, lines.length);
        assertTrue(csv.body(), csv.body().contains("Nora Giménez,nora,Acknowledged,version 1,"));
        assertEquals(403, csvForMember.statusCode());
    }

    @Test
    public void pendingPeoplePastTheDueDaysAreOverdueAndMyGuidelinesListsThemFirst() {
        page(MY_GUIDELINES_PAGE, "<ac:structured-macro ac:name=\"my-guidelines\"/>");
        page(GUIDELINES_PAGE,
                block("due-later", "<p>Later.</p>", "audience-groups", TEAM, "due-days", "30", "title", "B due later"),
                block("due-soon", "<p>Soon.</p>", "audience-groups", TEAM, "due-days", "1", "title", "C due soon"),
                block("no-due", "<p>Whenever.</p>", "audience-groups", TEAM, "title", "A without due date"),
                block("done", "<p>Done.</p>", "audience-groups", TEAM, "title", "D done"));
        viewAndAccept(SANDBOX, "nora", GUIDELINES_PAGE, "done");
        CLOCK.advance(Duration.ofDays(2));

        List<String> waiting = new ArrayList<>();
        for (JsonNode item : SandboxRule.json(SANDBOX.get("nora", "/guidelines/SOCIAL/mine"))) {
            if (List.of("due-later", "due-soon", "no-due", "done").contains(item.get("key").asText())) {
                waiting.add(item.get("key").asText() + (item.get("overdue").asBoolean() ? " overdue" : ""));
            }
        }
        String html = SANDBOX.viewPage("nora", MY_GUIDELINES_PAGE);

        assertEquals(List.of("due-soon overdue", "due-later", "no-due"), waiting);
        assertTrue(html.contains("C due soon"));
        assertTrue(html.contains("Plazo vencido"));
        assertTrue(html.contains("sp-overdue"));
        assertFalse(html.contains("D done"));
    }

    @Test
    public void theOverviewShowsStepEightWithTheAcknowledgedShare() {
        page(GUIDELINES_PAGE, block("overview-a", "<p>A.</p>", "audience-users", "liam,nora"));
        viewAndAccept(SANDBOX, "liam", GUIDELINES_PAGE, "overview-a");

        JsonNode overview = SandboxRule.json(SANDBOX.get("sofia", "/spaces/SOCIAL/overview"));

        JsonNode step8 = null;
        for (JsonNode step : overview.get("steps")) {
            if (step.get("step").asText().equals("GUIDELINES")) {
                step8 = step;
            }
        }
        assertTrue(step8 != null);
        assertTrue(step8.toString(), List.of("STARTED", "IN_PLACE").contains(step8.get("state").asText()));
        assertTrue(step8.get("percent").asInt() >= 0);
        assertEquals("social-playbook.guidelines.step.summary", step8.get("summaryKey").asText());
    }

    @Test
    public void everythingFromThePageIsEscapedInTheBlockAndTheLists() {
        String evil = "&lt;img src=x onerror=alert(1)&gt;";
        page(MY_GUIDELINES_PAGE, "<ac:structured-macro ac:name=\"my-guidelines\"/>");
        page(GUIDELINES_PAGE, block("escaping", "<p>Text " + evil + "</p>", "audience-groups", TEAM,
                "title", "Title " + evil, "version", "&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;", "reack", "version-change"));

        String block = SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        String list = SANDBOX.viewPage("liam", MY_GUIDELINES_PAGE);

        for (String html : List.of(block, list)) {
            assertFalse(html.contains("<img src=x"));
            assertFalse(html.contains("<script>alert(2)"));
        }
        assertTrue(block.contains("Title &lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(block.contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
        assertTrue(list.contains("Title &lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    public void badParametersShowTheirReasonInTheBlockAndRecordNothing() {
        page(GUIDELINES_PAGE, block("bad-group", "<p>Text.</p>", "audience-groups", "no-such-group"));

        String html = SANDBOX.viewPage("liam", GUIDELINES_PAGE);

        assertTrue(html.contains("There is no group &quot;no-such-group&quot;."));
        assertEquals(404, SANDBOX.get("liam", path("bad-group") + "/status").statusCode());
    }

    @Test
    public void theSameKeyOnAnotherPageIsShownWithAWarningAndNoAcknowledgement() {
        page(GUIDELINES_PAGE, block("shared-key", "<p>Original.</p>", "audience-groups", TEAM));
        SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        page(MY_GUIDELINES_PAGE, block("shared-key", "<p>A copy.</p>", "audience-groups", TEAM));

        String copy = SANDBOX.viewPage("liam", MY_GUIDELINES_PAGE);

        assertTrue(copy.contains("already belongs to a guideline on the page &quot;Social media guidelines&quot;"));
        assertFalse(copy.contains("sp-guideline-accept"));
        assertEquals("version 1", SandboxRule.json(SANDBOX.get("sofia", path("shared-key") + "/report")).get("versionText").asText());
    }

    @Test
    public void aKeyUsedByTwoBlocksOfOnePageIsReportedOnTheSecondAndTheGuidelineStaysPut() {
        page(GUIDELINES_PAGE, block("twice", "<p>The original text.</p>", "audience-groups", TEAM),
                block("twice", "<p>A pasted copy, edited.</p>", "audience-groups", TEAM));

        String first = SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        String second = SANDBOX.viewPage("nora", GUIDELINES_PAGE);

        for (String html : List.of(first, second)) {
            assertEquals(1, html.split("Another block on this page already uses the key|Otro bloque de esta página ya usa la clave").length - 1);
            assertEquals(1, html.split("sp-guideline-accept").length - 1);
        }
        JsonNode report = SandboxRule.json(SANDBOX.get("sofia", path("twice") + "/report"));
        assertEquals("version 1", report.get("versionText").asText());
    }

    @Test
    public void anEditorPreviewAndAnExportShowTheGuidelineButRecordNothing() throws Exception {
        GuidelineMacro macro = SANDBOX.sandbox().components().get(GuidelineMacro.class);
        java.util.Map<String, String> parameters = java.util.Map.of("key", "not-yet-saved", "title", "Draft guideline",
                "audience-groups", TEAM);
        com.atlassian.confluence.pages.AbstractPage page = SANDBOX.sandbox().components()
                .get(com.atlassian.confluence.pages.PageManager.class).getAbstractPage(GUIDELINES_PAGE);

        String preview = SANDBOX.sandbox().as("liam", () -> execute(macro, parameters, null, "preview"));
        String pdf = SANDBOX.sandbox().as("liam", () -> execute(macro, parameters, page, "pdf"));

        assertTrue(preview.contains("Draft guideline"));
        assertTrue(preview.contains("Acknowledgements start once the page is published."));
        assertTrue(pdf.contains("Draft guideline"));
        assertFalse(pdf.contains("Acknowledgements start"));
        assertFalse(pdf.contains("sp-guideline-accept"));
        assertEquals(404, SANDBOX.get("liam", path("not-yet-saved") + "/status").statusCode());
    }

    private static String execute(GuidelineMacro macro, java.util.Map<String, String> parameters,
                                  com.atlassian.confluence.core.ContentEntityObject entity, String outputType) {
        try {
            return macro.execute(parameters, "<p>Draft text.</p>",
                    new org.socialplaybook.sandbox.pages.StorageFormatRenderer.Context(entity, "SOCIAL", outputType));
        } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void theReadingGuardDisablesTheButtonForTheEstimatedReadingTime() {
        page(GUIDELINES_PAGE, block("guarded", "<p>" + "word ".repeat(400) + "</p>", "audience-groups", TEAM,
                "reading-guard", "true"));

        String html = SANDBOX.viewPage("liam", GUIDELINES_PAGE);

        assertTrue(html.contains("&quot;readingSeconds&quot;:120"));
        assertTrue(html.contains("sp-guideline-accept\" disabled aria-disabled=\"true\""));
        assertTrue(html.contains("You can accept in 120 s"));
    }

    @Test
    public void doAndDontExamplesAreLaidOutSideBySideInTheReadersLanguage() {
        page(GUIDELINES_PAGE, block("examples", "<table><tbody><tr><th><p>Do</p></th><th><p>Don't</p></th></tr>"
                + "<tr><td><p>Listen first.</p></td><td><p>Argue in public.</p></td></tr></tbody></table>",
                "audience-groups", TEAM));

        String english = SANDBOX.viewPage("liam", GUIDELINES_PAGE);
        String spanish = SANDBOX.viewPage("nora", GUIDELINES_PAGE);

        assertTrue(english.contains("class=\"sp-gl-do\""));
        assertTrue(english.replaceAll("\\s+", " ").contains("<li><p>Listen first.</p></li>"));
        assertTrue(english.replaceAll("\\s+", " ").contains("<li><p>Argue in public.</p></li>"));
        assertFalse(english.contains("<th><p>Do</p></th>"));
        assertTrue(spanish.contains("No hagas"));
        assertTrue(spanish.contains("He leído y acepto"));
    }
}
