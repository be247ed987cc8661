package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.training.TrainingHarness.base;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUp;
import org.socialplaybook.feedback.NewFollowUp;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.team.TeamCardService;
import org.socialplaybook.testing.SandboxRule;

/**
 * Texts the plugin writes (a check-in's follow-up, a team request's follow-up) are read in the reader's language,
 * not the author's: on the board, in the owners' report and its CSV, in the digest preview; Jira gets them in the
 * site's default language (English in the sandbox) whoever clicks. Typed parts (a comment, a topic) stay as typed,
 * escaped in HTML.
 */
public class GeneratedTextsTest {
    private static final FakeJira JIRA = new FakeJira();
    private static final SandboxRule SANDBOX = new SandboxRule(c -> c.withJira(JIRA.url(), null, FakeJira.TOKEN));

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(JIRA).around(SANDBOX);

    private static final TrainingHarness H = new TrainingHarness(SANDBOX);
    private static final String BOARD = "/feedback/pages/1401/boards/followups";

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return SandboxRule.json(response);
    }

    private static JsonNode onBoard(String user, int id) {
        for (JsonNode f : ok(SANDBOX.get(user, BOARD), 200).get("board").get("followUps")) {
            if (f.get("id").asInt() == id) {
                return f;
            }
        }
        throw new AssertionError("follow-up " + id + " not on the board for " + user);
    }

    private static JsonNode openItem(String user, String title) {
        for (JsonNode i : ok(SANDBOX.get(user, "/news/1504/digest/preview"), 200).get("openItems")) {
            if (i.get("title").asText().equals(title)) {
                return i;
            }
        }
        return null;
    }

    /** Nora (Spanish) completes a programme whose trainer is Sofía and asks for help; the follow-up's id. */
    private static int noraAsksForHelp(String programmeTitle, String comment) {
        return asksForHelp("nora", programmeTitle, comment);
    }

    private static int asksForHelp(String learner, String programmeTitle, String comment) {
        int p = H.programme("users", learner, "trainer", "sofia", "title", programmeTitle);
        int module = H.module(p, "Escalation basics", true, null);
        ok(SANDBOX.putJson(learner, base(p) + "/my/modules/" + module, "{\"status\":\"COMPLETED\"}"), 200);
        ok(SANDBOX.postJson(learner, base(p) + "/checkins",
                "{\"confidence\":2,\"comment\":" + TrainingHarness.quote(comment) + ",\"needsHelp\":true}"), 200);
        return SandboxRule.json(SANDBOX.get("liam", base(p) + "/followups")).get(0).get("followUpId").asInt();
    }

    @Test
    public void aFollowUpNoraRaisesIsReadInEnglishBySofiaAndInSpanishByNora() {
        int id = noraAsksForHelp("Escalations A", "No sé <b>cuándo</b> escalar");

        JsonNode sofia = onBoard("sofia", id);
        JsonNode nora = onBoard("nora", id);
        String sofiasPage = ok(SANDBOX.get("sofia", BOARD), 200).get("html").asText();

        assertEquals("Training follow-up: Nora Giménez asked for help after \"Escalations A\"", sofia.get("title").asText());
        assertTrue(sofia.get("description").asText(), sofia.get("description").asText().startsWith("Nora Giménez completed \"Escalations A\""));
        assertTrue(sofia.get("description").asText().contains("\nThey asked the trainer for help.\nTheir comment: No sé <b>cuándo</b> escalar"));
        assertEquals("Nora Giménez pidió ayuda tras la formación «Escalations A»", nora.get("title").asText());
        assertTrue(nora.get("description").asText().contains("Pidió ayuda al formador.\nSu comentario: No sé <b>cuándo</b> escalar"));
        assertTrue(sofiasPage.contains("Training follow-up: Nora Giménez asked for help after &quot;Escalations A&quot;"));
        assertTrue("typed text escaped", sofiasPage.contains("No sé &lt;b&gt;cuándo&lt;/b&gt; escalar"));
        assertFalse(sofiasPage.contains("<b>cuándo</b>"));
        FollowUp stored = SANDBOX.sandbox().components().get(FeedbackStore.class).followUp(id).orElseThrow();
        assertEquals("the author's wording stays as the fallback", nora.get("title").asText(), stored.title());
    }

    @Test
    public void theOwnersReportItsCsvAndTheDigestSpeakTheCallersLanguage() {
        int id = noraAsksForHelp("Escalations B", "Gracias");
        String english = "Training follow-up: Nora Giménez asked for help after \"Escalations B\"";

        JsonNode report = ok(SANDBOX.get("marco", "/feedback/spaces/SOCIAL/report"), 200); // an editor: a view-only reader does not see follow-ups raised on someone's behalf
        String csv = SANDBOX.get("liam", "/feedback/spaces/SOCIAL/report.csv").body();
        String spanishCsv = SANDBOX.get("nora", "/feedback/spaces/SOCIAL/report.csv").body();

        boolean listed = false;
        for (JsonNode i : report.get("items")) {
            listed |= i.get("id").asInt() == id && i.get("title").asText().equals(english);
        }
        assertTrue(report.toString(), listed);
        assertTrue(csv, csv.contains("Training follow-up: Nora Giménez asked for help after \"\"Escalations B\"\""));
        assertTrue(spanishCsv, spanishCsv.contains("Nora Giménez pidió ayuda tras la formación «Escalations B»"));
    }

    @Test
    public void theDigestListsAGeneratedFollowUpInEachOwnersLanguage() {
        // follow-ups raised from check-ins and requests belong to no page, and the digest lists only items on pages
        // their reader may view: this one is filed on the board's page, as a board follow-up is
        GeneratedText title = GeneratedText.of("social-playbook.training.followup.title-help", "Nora Giménez", "Escalations D");
        FeedbackStore store = SANDBOX.sandbox().components().get(FeedbackStore.class);
        for (String owner : new String[] {"sofia", "nora"}) {
            store.createFollowUp(new NewFollowUp("SOCIAL", "followups", 1401, "Nora Giménez pidió ayuda tras la formación «Escalations D»",
                    null, SANDBOX.userKey(owner), LocalDate.now(ZoneOffset.UTC).plusDays(7), SANDBOX.userKey("nora"), null, -1,
                    null, title, null), Instant.now());
        }

        JsonNode sofias = openItem("sofia", "Training follow-up: Nora Giménez asked for help after \"Escalations D\"");
        JsonNode noras = openItem("nora", "Nora Giménez pidió ayuda tras la formación «Escalations D»");
        String html = ok(SANDBOX.get("sofia", "/news/1504/digest/preview"), 200).get("html").asText();

        assertNotNull("Sofía's digest lists the follow-up she owns in English", sofias);
        assertNotNull("Nora's in Spanish", noras);
        assertTrue(html.contains("Nora Giménez asked for help after &quot;Escalations D&quot;"));
        assertFalse(html.contains("Escalations D»"));
    }

    @Test
    public void aTeamRequestSofiaSendsIsReadInSpanishByItsTriagePersonNora() {
        String name = "Language team " + UUID.randomUUID().toString().substring(0, 6);
        int cardId = SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(TeamCardService.class)
                .open(new MacroPage(1502, "SOCIAL", "Meet the social team", true), name, null, "followups").card().id());
        JsonNode card = ok(SANDBOX.get("liam", "/team-cards/" + cardId), 200);
        ok(SANDBOX.putJson("liam", "/team-cards/" + cardId + "/settings",
                "{\"triageKey\":\"" + SANDBOX.userKey("nora") + "\",\"version\":" + card.get("version") + "}"), 200);

        JsonNode sent = ok(SANDBOX.postJson("sofia", "/team-cards/" + cardId + "/requests", "{\"token\":\"" + UUID.randomUUID()
                + "\",\"topic\":\"Press kit\",\"text\":\"Please send the logo.\",\"urgency\":\"HIGH\"}"), 200);
        int id = sent.get("followUpId").asInt();
        JsonNode nora = onBoard("nora", id);
        JsonNode sofia = onBoard("sofia", id);

        assertEquals("Press kit (solicitud a través de la tarjeta de " + name + ")", nora.get("title").asText());
        assertEquals("Please send the logo.\n\nEnviada por Sofía Ramos a través de la tarjeta del equipo " + name
                + ". Urgencia: Urgente.", nora.get("description").asText());
        assertEquals("Press kit (asked through the team card of " + name + ")", sofia.get("title").asText());
        assertTrue(sofia.get("description").asText().endsWith("Urgency: Urgent."));
    }

    @Test
    public void jiraGetsTheIssueInTheSitesLanguageWhenNoraCreatesIt() {
        int id = noraAsksForHelp("Escalations C", "¿Hay guion?");

        JsonNode answer = ok(SANDBOX.postJson("nora", BOARD + "/followups/jira",
                "{\"ids\":[" + id + "],\"project\":\"SOC\",\"issueType\":\"Task\"}"), 200);

        String key = answer.get("result").get(0).get("jiraKey").asText();
        FakeJira.Issue issue = JIRA.issue(key);
        assertEquals("Training follow-up: Nora Giménez asked for help after \"Escalations C\"", issue.summary);
        assertTrue(issue.description, issue.description.contains("They asked the trainer for help.\nTheir comment: ¿Hay guion?"));
        assertTrue(issue.description, issue.description.contains("Follow-up recorded in Confluence: http"));
        assertFalse(issue.description, issue.description.contains("Pidió ayuda"));
    }

    @Test
    public void erasingTheLearnerTakesTheirNameOutOfTheTextInEveryLanguage() {
        int id = asksForHelp("marco", "Escalations E", "Marco cannot find the script");

        SANDBOX.sandbox().pageActions().eraseUser("marco");

        for (String reader : new String[] {"sofia", "nora"}) {
            JsonNode f = onBoard(reader, id);
            String shown = f.get("title").asText() + "\n" + f.get("description").asText();
            assertFalse(reader + ": " + shown, shown.contains("Marco") || shown.contains("Rossi"));
            assertTrue(reader + ": " + shown, f.get("title").asText().contains("Escalations E"));
        }
    }

    @Test
    public void aSpaceAdminChoosesSpanishForJiraAndTheIssueComesInSpanishWhoeverCreatesIt() {
        String connection = "/jira/spaces/SOCIAL/connection";
        String change = "{\"baseUrl\":\"" + JIRA.url() + "\",\"auth\":\"TOKEN\",\"issueLanguage\":\"%s\"}";
        try {
            JsonNode saved = ok(SANDBOX.putJson("sofia", connection, String.format(change, "es")), 200);
            JsonNode refused = ok(SANDBOX.putJson("sofia", connection, String.format(change, "fr")), 400);
            JsonNode notAdmin = ok(SANDBOX.putJson("liam", connection, String.format(change, "en")), 403);
            int id = asksForHelp("liam", "Escalations F", "Where is the script?");

            JsonNode answer = ok(SANDBOX.postJson("sofia", BOARD + "/followups/jira",
                    "{\"ids\":[" + id + "],\"project\":\"SOC\",\"issueType\":\"Task\"}"), 200);

            assertEquals("es", saved.get("issueLanguage").asText());
            assertEquals("issueLanguage", refused.get("field").asText());
            assertEquals("Choose one of the languages offered (\"fr\" is not one).", refused.get("message").asText());
            assertEquals("social-playbook.error.space-admin-required", notAdmin.get("key").asText());
            assertEquals("nothing changed", "es", ok(SANDBOX.get("sofia", connection), 200).get("issueLanguage").asText());
            FakeJira.Issue issue = JIRA.issue(answer.get("result").get(0).get("jiraKey").asText());
            assertEquals("Liam Chen pidió ayuda tras la formación «Escalations F»", issue.summary);
            assertTrue(issue.description, issue.description.contains("Pidió ayuda al formador.\nSu comentario: Where is the script?"));
            assertTrue(issue.description, issue.description.contains("Seguimiento registrado en Confluence: http"));
            assertEquals("the board still reads in the reader's language",
                    "Training follow-up: Liam Chen asked for help after \"Escalations F\"", onBoard("sofia", id).get("title").asText());
        } finally {
            ok(SANDBOX.putJson("sofia", connection, String.format(change, "")), 200);
        }
    }
}
