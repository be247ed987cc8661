package org.socialplaybook.transfer;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.SpaceDataPort;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;
import org.socialplaybook.sandbox.pages.PageStore.StoredPage;
import org.socialplaybook.sandbox.plugin.Components;
import org.socialplaybook.testing.SandboxRule;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.team.TeamStore;
import org.socialplaybook.training.FollowUps;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.TrainingStore;

/**
 * A space's playbook data exported as one JSON document and imported into another space key on the embedded
 * database: what the target's pages show, the preview, the refusals with line and field, and who may do it.
 */
public class SpaceTransferTest {
    static final String TARGET = "COPY";
    static final long ROLES_PAGE = 1101;
    static final long GOALS_PAGE = 1501;
    static final long TEAM_PAGE = 1502;
    static final long TRAINING_PAGE = 1301;
    static final long GUIDELINES_PAGE = 1201;
    static final long NEWS_PAGE = 1503;
    static final long DIGEST_PAGE = 1504;
    static final long FEEDBACK_PAGE = 1401;
    static final long OWNERS_PAGE = 1402;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theTargetSpacesPagesShowTheSameMatricesGoalsAndTeamCardAfterARoundTrip() {
        String document = export("sofia", "SOCIAL");
        Map<Long, Long> pages = copyPagesWithoutTheirData();

        JsonNode preview = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview", document));
        HttpResponse<String> imported = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);

        assertTrue(preview.toString(), preview.get("importable").asBoolean());
        assertEquals(preview.toString(), "Social media team", capability(preview, "roles").get("creates").get(0).asText());
        assertEquals(imported.body(), 200, imported.statusCode());
        for (long page : new long[] {ROLES_PAGE, GOALS_PAGE, TEAM_PAGE, GUIDELINES_PAGE, NEWS_PAGE, FEEDBACK_PAGE, OWNERS_PAGE}) {
            assertEquals("page " + page, visibleText(page), visibleText(pages.get(page)));
        }
        for (String user : new String[] {"liam", "nora"}) {
            assertEquals("what " + user + " still has to accept", mine(user, "SOCIAL"), mine(user, TARGET));
        }
        JsonNode digest = settings(DIGEST_PAGE);
        JsonNode copied = settings(pages.get(DIGEST_PAGE));
        for (String field : new String[] {"enabled", "zone", "mail", "readerUsers", "readerGroups", "allowedHosts"}) {
            assertEquals(field, digest.get(field), copied.get(field));
        }
        assertTrue(digest.toString(), digest.get("enabled").asBoolean());
        assertTrue("the target's Monday digest is scheduled",
                sandbox.sandbox().scheduler().jobConfig(org.socialplaybook.news.DigestJob.jobId(TARGET)) != null);
    }

    /** "My guidelines": each guideline waiting for the user, with its state and due text. */
    List<String> mine(String user, String space) {
        List<String> lines = new ArrayList<>();
        for (JsonNode g : SandboxRule.json(sandbox.get(user, "/guidelines/" + space + "/mine"))) {
            lines.add(g.get("key").asText() + " " + g.get("stateText").asText() + " " + g.get("dueText").asText());
        }
        assertFalse(user, lines.isEmpty());
        return lines;
    }

    JsonNode settings(long pageId) {
        JsonNode settings = SandboxRule.json(sandbox.get("sofia", "/news/" + pageId + "/settings"));
        return settings.has("settings") ? settings.get("settings") : settings;
    }

    @Test
    public void theTrainingTrackerOfTheTargetShowsTheSameProgrammeModulesAndProgress() {
        String document = export("sofia", "SOCIAL");
        Map<Long, Long> pages = copyPagesWithoutTheirData();
        String before = visibleText(TRAINING_PAGE);

        HttpResponse<String> imported = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);

        assertEquals(imported.body(), 200, imported.statusCode());
        assertTrue(before, before.contains("Social media essentials"));
        assertEquals("modules, who did what and when, validity, waivers", myTraining(before),
                myTraining(visibleText(pages.get(TRAINING_PAGE))));
    }

    @Test
    public void requestsCheckInsHistoryAndTheMatrixChangeLogReadTheSameInTheTargetAndTheirFollowUpsAreNotRaisedTwice() {
        Components components = sandbox.sandbox().components();
        String liam = sandbox.userKey("liam");
        String sofia = sandbox.userKey("sofia");
        int card = components.get(TeamStore.class).cardsInSpace("SOCIAL").get(0).id();
        HttpResponse<String> sent = sandbox.postJson("liam", "/team-cards/" + card + "/requests",
                "{\"token\":\"export2-request-1\",\"topic\":\"Press kit for the launch\",\"text\":\"We need the logos.\","
                        + "\"urgency\":\"HIGH\"}");
        assertEquals(sent.body(), 200, sent.statusCode());
        TrainingStore training = components.get(TrainingStore.class);
        Programme programme = training.programmesInSpace("SOCIAL").get(0);
        Checkin help = training.transaction(() -> training.addCheckin(programme.id(), liam, 1, true,
                "Unsure about crisis replies", true, Instant.parse("2026-11-20T09:00:00Z")));
        components.get(FollowUps.class).raise(programme, help);
        Checkin fine = training.transaction(() -> training.addCheckin(programme.id(), sandbox.userKey("nora"), 2, false,
                null, true, Instant.parse("2026-11-21T09:00:00Z")));
        components.get(FollowUps.class).raise(programme, fine);
        training.transaction(() -> {
            training.markHandled(fine.id(), sofia, Instant.parse("2026-11-22T10:00:00Z"));
            return null;
        });
        int matrix = components.get(RoleMatrixStore.class).matricesInSpace("SOCIAL").get(0).id();
        int version = SandboxRule.json(sandbox.get("sofia", "/role-matrices/" + matrix)).get("version").asInt();
        HttpResponse<String> added = sandbox.postJson("sofia", "/role-matrices/" + matrix + "/roles",
                "{\"name\":\"Reviewer\",\"version\":" + version + "}");
        assertEquals(added.body(), 200, added.statusCode());
        String document = export("sofia", "SOCIAL");
        Map<Long, Long> pages = copyPagesWithoutTheirData();

        HttpResponse<String> imported = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);

        assertEquals(imported.body(), 200, imported.statusCode());
        int targetCard = components.get(TeamStore.class).cardsInSpace(TARGET).get(0).id();
        JsonNode mine = withoutIds(SandboxRule.json(sandbox.get("liam", "/team-cards/" + card + "/requests/mine")));
        assertTrue(mine.toString(), mine.toString().contains("Press kit for the launch"));
        assertTrue("the request shows its follow-up's state", mine.get(0).hasNonNull("state"));
        assertEquals("Liam's \"Your requests\"", mine,
                withoutIds(SandboxRule.json(sandbox.get("liam", "/team-cards/" + targetCard + "/requests/mine"))));
        int targetProgramme = training.programmesInSpace(TARGET).get(0).id();
        JsonNode checkins = SandboxRule.json(sandbox.get("sofia", "/training/programmes/" + programme.id() + "/followups"));
        JsonNode copiedCheckins = SandboxRule.json(sandbox.get("sofia", "/training/programmes/" + targetProgramme + "/followups"));
        assertTrue(checkins.toString(), checkins.toString().contains("Unsure about crisis replies"));
        assertEquals("the trainer's check-ins", withoutIds(checkins), withoutIds(copiedCheckins));
        FeedbackStore feedback = components.get(FeedbackStore.class);
        for (int i = 0; i < checkins.size(); i++) {
            long from = checkins.get(i).get("followUpId").asLong();
            long to = copiedCheckins.get(i).get("followUpId").asLong();
            assertTrue(copiedCheckins.toString(), to > 0 && to != from);
            assertEquals("the follow-up the check-in raised", feedback.followUp((int) from).orElseThrow().title(),
                    feedback.followUp((int) to).orElseThrow().title());
            assertEquals(TARGET, feedback.followUp((int) to).orElseThrow().spaceKey());
        }
        Map<String, Integer> before = sandbox.rowCounts();
        JsonNode retried = SandboxRule.json(sandbox.postJson("sofia", "/training/programmes/" + targetProgramme
                + "/checkins/" + copiedCheckins.get(0).get("id").asInt() + "/followup", "{}"));
        assertEquals("a retry finds the imported follow-up", copiedCheckins.get(0).get("followUpId"), retried.get("followUpId"));
        assertEquals("nothing recorded twice", before, sandbox.rowCounts());
        for (String user : new String[] {"liam", "nora"}) {
            JsonNode history = SandboxRule.json(sandbox.get("sofia", "/training/programmes/" + programme.id() + "/people/"
                    + sandbox.userKey(user) + "/history"));
            assertTrue(user + " has a history", history.size() > 0);
            assertEquals(user + "'s history", history, SandboxRule.json(sandbox.get("sofia", "/training/programmes/"
                    + targetProgramme + "/people/" + sandbox.userKey(user) + "/history")));
        }
        JsonNode digest = SandboxRule.json(sandbox.get("sofia", "/news/" + DIGEST_PAGE + "/digest/preview"));
        JsonNode copiedDigest = SandboxRule.json(sandbox.get("sofia", "/news/" + pages.get(DIGEST_PAGE) + "/digest/preview"));
        assertTrue(digest.toString(), digest.get("changes").asInt() > 0);
        assertEquals("the digest's \"What changed\"", whatChanged(digest), whatChanged(copiedDigest));
    }

    @Test
    public void aDocumentOfANewerVersionIsRefusedWithATranslatedMessage() {
        String document = export("sofia", "SOCIAL").replaceFirst("\"version\" : 2", "\"version\" : 3");
        copyPagesWithoutTheirData();
        Map<String, Integer> before = sandbox.rowCounts();

        JsonNode preview = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview", document));
        HttpResponse<String> refused = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);

        JsonNode error = preview.get("errors").get(0);
        assertEquals("version", error.get("field").asText());
        assertEquals("social-playbook.transfer.error.version-newer", error.get("key").asText());
        assertTrue(error.toString(), error.get("message").asText().contains("newer release of the plugin (version 3)"));
        assertEquals(400, refused.statusCode());
        assertEquals("version", SandboxRule.json(refused).get("field").asText());
        assertEquals(before, sandbox.rowCounts());
    }

    @Test
    public void aVersionOneDocumentWithoutTheNewListsStillImportsWithTheImportsOwnHistory() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode document = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(export("sofia", "SOCIAL"));
        document.put("version", 1);
        String[][] added = {{"roles", "changes"}, {"team", "requests"}, {"training", "checkins"}, {"training", "history"}};
        for (String[] a : added) {
            for (JsonNode item : document.get("capabilities").get(a[0])) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) item).remove(a[1]);
            }
        }
        for (JsonNode board : document.get("capabilities").get("feedback")) {
            for (JsonNode f : board.get("followUps")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) f).remove("id");
            }
        }
        copyPagesWithoutTheirData();
        TrainingStore training = sandbox.sandbox().components().get(TrainingStore.class);

        HttpResponse<String> imported = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document.toString());

        assertEquals(imported.body(), 200, imported.statusCode());
        int programme = training.programmesInSpace(TARGET).get(0).id();
        JsonNode history = SandboxRule.json(sandbox.get("sofia", "/training/programmes/" + programme + "/people/"
                + sandbox.userKey("liam") + "/history"));
        assertTrue(history.toString(), history.size() > 0);
        for (JsonNode row : history) {
            assertEquals(history.toString(), "CSV import", row.get("source").asText());
        }
    }

    /** The list as a reader sees it: the rows' own ids (and texts naming them) differ between spaces by design. */
    static JsonNode withoutIds(JsonNode list) {
        com.fasterxml.jackson.databind.node.ArrayNode copy = list.deepCopy();
        for (JsonNode row : copy) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove(List.of("id", "followUpId", "text"));
        }
        return copy;
    }

    /** The digest preview's "What changed" as text, the space key aside. */
    static String whatChanged(JsonNode preview) {
        String text = Jsoup.parse(preview.get("html").asText()).text().replace(TARGET, "SOCIAL");
        int from = text.indexOf("What changed");
        assertTrue(text, from >= 0);
        return text.substring(from);
    }

    @Test
    public void aPageMissingInTheTargetAndAMatrixOfTheSameNameAreListedAndTheImportIsRefusedWithNothingChanged() {
        String document = export("sofia", "SOCIAL");
        Map<Long, Long> pages = copyPagesWithoutTheirData();
        sandbox.sandbox().pages().purge(pages.get(GOALS_PAGE));
        sandbox.viewPage("sofia", pages.get(ROLES_PAGE)); // the target's macro seeds its own "Social media team"
        Map<String, Integer> before = sandbox.rowCounts();

        JsonNode preview = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview", document));
        HttpResponse<String> refused = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);

        assertFalse(preview.get("importable").asBoolean());
        assertEquals("capabilities.goals[0].page", preview.get("errors").get(0).get("field").asText());
        assertTrue(preview.toString(), preview.get("errors").get(0).get("message").asText().contains("There is no page \"Our goals\" in space COPY"));
        JsonNode collision = preview.get("collisions").get(0);
        assertEquals("capabilities.roles[0].name", collision.get("field").asText());
        assertTrue(collision.toString(), collision.get("line").asInt() > 1);
        assertTrue(collision.get("text").asText(), collision.get("text").asText()
                .startsWith("Line " + collision.get("line").asInt() + ", capabilities.roles[0].name: Space COPY already has \"Social media team\""));
        assertEquals(400, refused.statusCode());
        assertEquals("social-playbook.transfer.error.refused", SandboxRule.json(refused).get("key").asText());
        assertEquals(before, sandbox.rowCounts());
    }

    @Test
    public void aValueOfTheWrongTypeIsRefusedNamingItsLineAndField() {
        copyPagesWithoutTheirData();
        String document = "{\n  \"format\": \"social-playbook-space\",\n  \"version\": 1,\n  \"capabilities\": {\n"
                + "    \"roles\": [\n      {\"name\": \"Crew\",\n       \"overloadLimit\": \"many\"}\n    ]\n  }\n}";

        HttpResponse<String> refused = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);
        JsonNode preview = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview", document));

        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("capabilities.roles[0].overloadLimit", SandboxRule.json(refused).get("field").asText());
        JsonNode error = preview.get("errors").get(0);
        assertEquals(7, error.get("line").asInt());
        assertEquals("social-playbook.transfer.error.json-type", error.get("key").asText());
        assertEquals("Line 7, capabilities.roles[0].overloadLimit: The field capabilities.roles[0].overloadLimit has a value of the wrong type.",
                error.get("text").asText());
    }

    @Test
    public void aMatrixTwiceInTheDocumentIsAnErrorOfTheSecond() throws Exception {
        copyPagesWithoutTheirData();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode tree = mapper.readTree(export("sofia", "SOCIAL"));
        com.fasterxml.jackson.databind.node.ArrayNode roles = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("capabilities").get("roles");
        roles.add(roles.get(0).deepCopy());
        String document = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);

        JsonNode preview = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview", document));

        assertFalse(preview.get("importable").asBoolean());
        JsonNode error = preview.get("errors").get(0);
        assertEquals(preview.toString(), "capabilities.roles[1].name", error.get("field").asText());
        assertEquals("social-playbook.transfer.error.duplicate", error.get("key").asText());
    }

    @Test
    public void theJiraConnectionTravelsWithoutItsTokenAndTheTargetAsksForIt() {
        sandbox.sandbox().components().get(org.socialplaybook.jira.JiraConnectionStore.class).save("SOCIAL",
                "https://jira.example.com", org.socialplaybook.jira.JiraAuth.BASIC, "ops@example.com", "s3cret-t0ken",
                "sofia", Instant.now());
        sandbox.sandbox().components().get(org.socialplaybook.jira.JiraConnectionStore.class).setIssueLanguage("SOCIAL", "es");
        String document = export("sofia", "SOCIAL");
        copyPagesWithoutTheirData();

        HttpResponse<String> imported = sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data", document);
        JsonNode target = SandboxRule.json(sandbox.get("sofia", "/jira/spaces/" + TARGET + "/connection"));
        String language = sandbox.sandbox().components().get(org.socialplaybook.jira.JiraConnectionStore.class)
                .issueLanguage(TARGET).orElse("");

        assertFalse(document.contains("s3cret-t0ken"));
        assertEquals(imported.body(), 200, imported.statusCode());
        assertTrue(target.toString(), target.toString().contains("https://jira.example.com")
                && target.toString().contains("ops@example.com"));
        assertTrue(target.toString(), target.toString().contains("\"secretStored\":false"));
        assertEquals("the language of the space's Jira issues comes along", "es", language);
    }

    @Test
    public void malformedJsonAndAForeignDocumentAreRefusedWithTheirLine() {
        copyPagesWithoutTheirData();

        JsonNode broken = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview",
                "{\n\"format\": \"social-playbook-space\",\n\"version\": 1,\n\"capabilities\": {\"roles\": [ }\n}"));
        JsonNode foreign = SandboxRule.json(sandbox.postJson("sofia", "/spaces/" + TARGET + "/playbook-data/preview",
                "{\"format\": \"something-else\", \"version\": 1, \"capabilities\": {}}"));

        assertEquals(4, broken.get("errors").get(0).get("line").asInt());
        assertEquals("social-playbook.transfer.error.malformed", broken.get("errors").get(0).get("key").asText());
        assertEquals("social-playbook.transfer.error.format", foreign.get("errors").get(0).get("key").asText());
        assertFalse(foreign.get("importable").asBoolean());
    }

    @Test
    public void onlySpaceAdminsExportAndImportAndAnUnknownSpaceIsNotFound() {
        String document = export("sofia", "SOCIAL");

        int memberExport = sandbox.get("liam", "/spaces/SOCIAL/playbook-data").statusCode();
        int memberImport = sandbox.postJson("liam", "/spaces/SOCIAL/playbook-data/preview", document).statusCode();
        int viewerExport = sandbox.get("victor", "/spaces/SOCIAL/playbook-data").statusCode();
        int unknown = sandbox.postJson("sofia", "/spaces/NOPE/playbook-data/preview", document).statusCode();
        int formPost = sandbox.send(sandbox.rest("sofia", "/spaces/SOCIAL/playbook-data")
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString(document))).statusCode();

        assertEquals(403, memberExport);
        assertEquals(403, memberImport);
        assertEquals(403, viewerExport);
        assertEquals(404, unknown);
        assertEquals(403, formPost);
    }

    @Test
    public void whenALateCapabilityFailsNothingOfTheEarlierOnesIsImported() {
        String document = export("sofia", "SOCIAL");
        copyPagesWithoutTheirData();
        Map<String, Integer> before = sandbox.rowCounts();
        Components components = sandbox.sandbox().components();
        List<SpaceDataPort<?>> ports = new ArrayList<>();
        for (Class<?> c : components.pluginClasses()) {
            if (SpaceDataPort.class.isAssignableFrom(c) && c.isAnnotationPresent(jakarta.inject.Named.class)) {
                ports.add((SpaceDataPort<?>) components.get(c));
            }
        }
        SpaceDataPort<?> last = ports.remove(ports.size() - 1);
        ports.add(new FailingPort<>(last));
        TransferService service = new TransferService(ports, components.get(TransferStore.class),
                components.get(PageAccess.class), components.get(com.atlassian.confluence.pages.PageManager.class),
                components.get(People.class), components.get(CurrentUser.class), components.get(TimeSource.class),
                components.get(Views.class));

        RuntimeException failure = null;
        try {
            sandbox.sandbox().requestContext().begin("sofia", java.util.Locale.ENGLISH);
            service.importDocument(TARGET, document);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            sandbox.sandbox().requestContext().end();
        }

        assertTrue(String.valueOf(failure), failure != null && failure.getMessage().contains("late failure"));
        assertEquals(before, sandbox.rowCounts());
    }

    /** The real port of a capability, whose import fails once the earlier capabilities have written their rows. */
    private record FailingPort<T>(SpaceDataPort<T> real) implements SpaceDataPort<T> {
        public String capability() {
            return real.capability();
        }

        public Class<T> itemType() {
            return real.itemType();
        }

        public List<T> export(String spaceKey, TransferPages pages) {
            return real.export(spaceKey, pages);
        }

        public void check(T item, TransferCheck check) {
            real.check(item, check);
        }

        public void importItem(T item, TransferTarget target) {
            real.importItem(item, target);
            throw new IllegalStateException("late failure");
        }
    }

    /** The "My training" list: every module with its status, completion and validity days, waivers and who made them. */
    static String myTraining(String text) {
        int to = text.indexOf("Check-in:");
        int from = text.lastIndexOf("My training", to);
        assertTrue(text, from >= 0 && to > from);
        return text.substring(from, to);
    }

    static JsonNode capability(JsonNode preview, String name) {
        for (JsonNode c : preview.get("capabilities")) {
            if (c.get("capability").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no " + name + " in " + preview);
    }

    String export(String user, String space) {
        HttpResponse<String> response = sandbox.get(user, "/spaces/" + space + "/playbook-data");
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    /** Every demo page again under {@link #TARGET}, as a space import would bring them: same titles, no plugin data. */
    Map<Long, Long> copyPagesWithoutTheirData() {
        Map<Long, Long> copies = new HashMap<>();
        for (StoredPage p : sandbox.sandbox().pages().inSpace("SOCIAL")) {
            StoredPage copy = sandbox.sandbox().pages().create(TARGET, p.title(), null, p.storage(), "sofia", Instant.now());
            copies.put(p.id(), copy.id());
        }
        return copies;
    }

    /** What a reader sees in the page's content (the macros' text), ids and links aside. */
    String visibleText(long pageId) {
        return Jsoup.parse(sandbox.viewPage("sofia", pageId)).select("#main-content").text();
    }
}
