package org.socialplaybook.news;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/**
 * The news REST API on the sandbox with its demo data (real Jersey, permissions, XSRF, JSON errors, Velocity):
 * who may do what, bad input, the allowlist, settings, previews and the escaping of what people type.
 */
public class NewsRestTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();

    private static final String NEWS = "/news/1503";
    private static final String DIGEST = "/news/1504";

    @Test
    public void anEditorAddsAHeadlineThatEveryReaderThenSeesEscaped() {
        HttpResponse<String> added = SANDBOX.postJson("liam", NEWS + "/headlines", """
                {"title": "<img src=x onerror=alert(1)> Reels get longer", "url": "https://news.example.com/reels",
                 "summary": "Three minutes <b>now</b>", "tag": "Platforms"}""");

        assertEquals(added.body(), 201, added.statusCode());
        JsonNode headline = SandboxRule.json(added);
        assertEquals("platforms", headline.get("tag").asText());
        assertEquals(SANDBOX.userKey("liam"), headline.get("addedBy").asText());
        String page = SANDBOX.viewPage("victor", 1503);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt; Reels get longer"));
        assertFalse(page.contains("<img src=x"));
        assertFalse(page.contains("<b>now</b>"));
        String preview = SandboxRule.json(SANDBOX.get("victor", DIGEST + "/digest/preview")).get("html").asText();
        assertTrue(preview.contains("&lt;img src=x onerror=alert(1)&gt; Reels get longer"));
        assertFalse(preview.contains("<img src=x"));
    }

    @Test
    public void aReaderMayNotAddHeadlinesAndAnAnonymousCallerIsAskedToLogIn() {
        int before = headlineCount();
        String body = "{\"title\": \"Sneaky\", \"url\": \"https://news.example.com/s\"}";

        assertEquals(403, SANDBOX.postJson("victor", NEWS + "/headlines", body).statusCode());
        assertEquals(401, SANDBOX.postJson(null, NEWS + "/headlines", body).statusCode());
        assertEquals(401, SANDBOX.get(null, NEWS + "/headlines").statusCode());
        assertEquals(before, headlineCount());
    }

    @Test
    public void badInputIsA400WithATranslatedMessageAndChangesNothing() {
        int before = headlineCount();

        HttpResponse<String> script = SANDBOX.postJson("liam", NEWS + "/headlines",
                "{\"title\": \"Click\", \"url\": \"javascript:alert(1)\"}");
        HttpResponse<String> longTitle = SANDBOX.postJson("nora", NEWS + "/headlines",
                "{\"title\": \"" + "x".repeat(201) + "\", \"url\": \"https://news.example.com/x\"}");
        HttpResponse<String> unknownField = SANDBOX.postJson("liam", NEWS + "/headlines",
                "{\"title\": \"T\", \"url\": \"https://news.example.com/x\", \"author\": \"me\"}");

        assertEquals(400, script.statusCode());
        assertEquals("social-playbook.news.error.url-invalid", SandboxRule.json(script).get("key").asText());
        assertEquals("url", SandboxRule.json(script).get("field").asText());
        assertTrue(SandboxRule.json(script).get("message").asText().startsWith("This is not a web link"));
        assertEquals(400, longTitle.statusCode());
        assertEquals("Es demasiado largo: como máximo 200 caracteres.", SandboxRule.json(longTitle).get("message").asText());
        assertEquals(400, unknownField.statusCode());
        assertEquals(before, headlineCount());
    }

    @Test
    public void aFeedFromAHostNotOnTheAllowlistIsRefusedAndNotSaved() {
        int before = SandboxRule.json(SANDBOX.get("liam", NEWS + "/sources")).size();

        HttpResponse<String> intranet = SANDBOX.postJson("liam", NEWS + "/sources",
                "{\"name\": \"Intranet\", \"url\": \"http://10.0.0.5/rss\", \"kind\": \"FEED\"}");
        HttpResponse<String> metadata = SANDBOX.postJson("nora", NEWS + "/sources",
                "{\"name\": \"Cloud\", \"url\": \"http://169.254.169.254/latest/meta-data/\", \"kind\": \"FEED\"}");

        assertEquals(400, intranet.statusCode());
        assertEquals("social-playbook.news.error.host-not-allowed", SandboxRule.json(intranet).get("key").asText());
        assertTrue(SandboxRule.json(intranet).get("message").asText().contains("10.0.0.5"));
        assertEquals(400, metadata.statusCode());
        assertTrue(SandboxRule.json(metadata).get("message").asText().startsWith("En este espacio no se permiten canales de 169.254.169.254"));
        assertEquals(before, SandboxRule.json(SANDBOX.get("liam", NEWS + "/sources")).size());
    }

    @Test
    public void aManualSourceNeedsNoAllowlistAndAReaderMayNotAddOne() {
        HttpResponse<String> manual = SANDBOX.postJson("nora", NEWS + "/sources",
                "{\"name\": \"Care podcast\", \"url\": \"https://podcast.example.com\", \"kind\": \"MANUAL\"}");
        HttpResponse<String> reader = SANDBOX.postJson("victor", NEWS + "/sources",
                "{\"name\": \"Mine\", \"kind\": \"MANUAL\"}");

        assertEquals(201, manual.statusCode());
        assertEquals(403, reader.statusCode());
        int id = SandboxRule.json(manual).get("id").asInt();
        HttpResponse<String> read = SANDBOX.postJson("nora", NEWS + "/sources/" + id + "/refresh", "{}");
        assertEquals(400, read.statusCode());
        assertEquals("social-playbook.news.error.not-a-feed", SandboxRule.json(read).get("key").asText());
    }

    @Test
    public void theDemoFeedOnLoopbackIsReadBecauseItsAddressIsAllowedExactly() {
        JsonNode feed = null;
        for (JsonNode s : SandboxRule.json(SANDBOX.get("sofia", NEWS + "/sources"))) {
            if (s.get("kind").asText().equals("FEED")) {
                feed = s;
            }
        }

        HttpResponse<String> read = SANDBOX.postJson("sofia", NEWS + "/sources/" + feed.get("id").asInt() + "/refresh", "{}");

        assertEquals(read.body(), 200, read.statusCode());
        assertEquals("read before: nothing new", 0, SandboxRule.json(read).get("added").asInt());
        assertTrue(SandboxRule.json(SANDBOX.get("victor", NEWS + "/headlines?limit=50")).toString()
                .contains("Acme opens 24/7 customer care on WhatsApp in Spain and Portugal"));
    }

    @Test
    public void onlySpaceAdministratorsSeeAndChangeTheDigestSettings() {
        assertEquals(403, SANDBOX.get("liam", DIGEST + "/settings").statusCode());
        HttpResponse<String> settings = SANDBOX.get("sofia", DIGEST + "/settings");
        assertEquals(200, settings.statusCode());
        JsonNode s = SandboxRule.json(settings);
        assertEquals("Europe/Madrid", s.get("zone").asText());
        int version = s.get("version").asInt();

        HttpResponse<String> badZone = SANDBOX.putJson("sofia", DIGEST + "/settings", "{\"enabled\": true, \"timeZone\": \"Mars/Olympus\", \"version\": " + version + "}");
        HttpResponse<String> badHost = SANDBOX.putJson("sofia", DIGEST + "/settings", "{\"enabled\": true, \"allowedHosts\": [\"http://x/\"], \"version\": " + version + "}");
        HttpResponse<String> stale = SANDBOX.putJson("sofia", DIGEST + "/settings", "{\"enabled\": true, \"version\": " + (version - 1) + "}");
        HttpResponse<String> byEditor = SANDBOX.putJson("liam", DIGEST + "/settings", "{\"enabled\": false, \"version\": " + version + "}");
        HttpResponse<String> never = SANDBOX.putJson("sofia", DIGEST + "/settings", "{\"enabled\": true, \"version\": " + (version + 1) + "}");

        assertEquals(400, badZone.statusCode());
        assertEquals("timeZone", SandboxRule.json(badZone).get("field").asText());
        assertEquals(400, badHost.statusCode());
        assertEquals(409, stale.statusCode());
        assertEquals(403, byEditor.statusCode());
        assertEquals("a version never saved is bad input, not a conflict", 400, never.statusCode());
        assertEquals("social-playbook.error.version-unknown", SandboxRule.json(never).get("key").asText());
        assertEquals(version, SandboxRule.json(SANDBOX.get("sofia", DIGEST + "/settings")).get("version").asInt());
    }

    @Test
    public void theDigestJobRunsOncePerClusterEveryMondayAt7InTheSpacesTimeZone() {
        var config = SANDBOX.sandbox().scheduler().jobConfig(DigestJob.jobId("SOCIAL"));

        assertEquals("0 0 7 ? * MON", config.getSchedule().getCronScheduleInfo().getCronExpression());
        assertEquals("Europe/Madrid", config.getSchedule().getCronScheduleInfo().getTimeZone().getID());
        assertEquals(com.atlassian.scheduler.config.RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
        Date next = SANDBOX.sandbox().scheduler().nextRunTime(DigestJob.jobId("SOCIAL"));
        ZonedDateTime local = next.toInstant().atZone(ZoneId.of("Europe/Madrid"));
        assertEquals(DayOfWeek.MONDAY, local.getDayOfWeek());
        assertEquals(7, local.plusSeconds(30).getHour());
    }

    @Test
    public void publishingAgainInTheSameWeekPublishesNothingTwice() throws Exception {
        long mailsBefore = mails();
        JsonNode archive = SandboxRule.json(SANDBOX.get("victor", DIGEST + "/digests"));

        HttpResponse<String> again = SANDBOX.postJson("sofia", DIGEST + "/digest/publish", "{}");
        SANDBOX.sandbox().scheduler().runNow(DigestJob.jobId("SOCIAL"));

        assertEquals(again.body(), 200, again.statusCode());
        assertEquals("ALREADY_PUBLISHED", SandboxRule.json(again).get("kind").asText());
        assertEquals(archive.size(), SandboxRule.json(SANDBOX.get("victor", DIGEST + "/digests")).size());
        assertEquals(mailsBefore, mails());
        assertEquals(403, SANDBOX.postJson("liam", DIGEST + "/digest/publish", "{}").statusCode());
    }

    @Test
    public void thePreviewShowsEachReaderTheirOwnOpenItemsInTheirLanguage() {
        JsonNode nora = SandboxRule.json(SANDBOX.get("nora", DIGEST + "/digest/preview"));
        JsonNode victor = SandboxRule.json(SANDBOX.get("victor", DIGEST + "/digest/preview"));

        assertTrue(nora.get("subject").asText().startsWith("Vista previa: Social Media Team"));
        assertTrue(nora.get("html").asText().contains("Pendiente para ti"));
        assertTrue(nora.get("openItems").toString().contains("\"kind\":\"guideline\""));
        assertTrue(nora.get("openItems").toString().contains("\"kind\":\"follow-up\""));
        assertTrue(victor.get("subject").asText().startsWith("Preview: Social Media Team"));
        assertFalse("Nora's items are hers", victor.get("openItems").toString().contains("Share Nora"));
    }

    @Test
    public void theDigestSaysWhatChangedInTheRoleMatricesThisWeekAndTheDemoSeedingIsNoChange() {
        String seeded = SandboxRule.json(SANDBOX.get("sofia", DIGEST + "/digest/preview")).get("html").asText();
        org.socialplaybook.sandbox.Sandbox sandbox = SANDBOX.sandbox();
        org.socialplaybook.roles.RoleMatrixService roles = sandbox.components().get(org.socialplaybook.roles.RoleMatrixService.class);
        int id = sandbox.components().get(org.socialplaybook.roles.RoleMatrixStore.class).matricesInSpace("SOCIAL").get(0).id();
        org.socialplaybook.roles.Model.MatrixData data = sandbox.as("sofia", () -> roles.view(id));
        org.socialplaybook.roles.Model.Cell cell = data.cells().stream().filter(c -> !c.letters().isEmpty()).findFirst().orElseThrow();
        // as the matrix's editor does it: through the REST API (the preview is kept until a write like this one)
        HttpResponse<String> first = SANDBOX.putJson("sofia", "/role-matrices/" + id + "/cells", "{\"roleId\":" + cell.roleId()
                + ",\"activityId\":" + cell.activityId() + ",\"letters\":\"\",\"version\":" + data.matrix().version() + "}");
        assertEquals(first.body(), 200, first.statusCode());
        int v = SandboxRule.json(first).get("version").asInt();
        HttpResponse<String> second = SANDBOX.putJson("sofia", "/role-matrices/" + id + "/cells", "{\"roleId\":" + cell.roleId()
                + ",\"activityId\":" + cell.activityId() + ",\"letters\":\"\",\"version\":" + v + "}");
        assertEquals(second.body(), 200, second.statusCode());

        String html = SandboxRule.json(SANDBOX.get("sofia", DIGEST + "/digest/preview")).get("html").asText();

        assertTrue(seeded, seeded.contains("No changes to the role matrices or guidelines this week."));
        assertTrue(html, html.contains("Role matrix"));
        assertTrue(html, html.contains("Social media team</a></strong>: 1 cell changed <span"));
    }

    @Test
    public void aCrossSiteFormPostIsRefusedAndAddsNothing() {
        int before = headlineCount();

        HttpResponse<String> forged = SANDBOX.send(SANDBOX.rest("liam", NEWS + "/headlines")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"x\", \"url\": \"https://a.example\"}")));

        assertTrue("XSRF check or JSON-only resource: " + forged.statusCode(),
                forged.statusCode() == 403);
        assertEquals(before, headlineCount());
    }

    @Test
    public void eachReaderGotOneMailWithATextAndAnHtmlPartInTheirLanguage() throws Exception {
        java.nio.file.Path dir = SANDBOX.sandbox().mailServer().directory();
        String nora;
        try (var files = java.nio.file.Files.list(dir)) {
            java.util.List<java.nio.file.Path> all = files.toList();
            assertEquals(4, all.size());
            nora = java.nio.file.Files.readString(all.stream().filter(p -> p.toString().contains("nora")).findFirst().orElseThrow());
        }

        assertTrue(nora.contains("To: nora.gimenez@acme.example"));
        assertTrue(nora.contains("Content-Type: multipart/alternative"));
        assertTrue(nora.contains("Content-Type: text/plain; charset=UTF-8"));
        assertTrue(nora.contains("Content-Type: text/html; charset=UTF-8"));
        String subject = nora.lines().filter(l -> l.startsWith("Subject: ")).findFirst().orElseThrow().substring(9);
        assertTrue(subject, subject.contains("resumen del lunes"));
    }

    private static long mails() throws Exception {
        try (var files = java.nio.file.Files.list(SANDBOX.sandbox().mailServer().directory())) {
            return files.count();
        }
    }

    private static int headlineCount() {
        return SandboxRule.json(SANDBOX.get("sofia", NEWS + "/headlines?limit=200")).size();
    }
}
