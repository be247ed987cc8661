package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUpEntity;
import org.socialplaybook.jira.JiraAuth;
import org.socialplaybook.jira.JiraConnectionStore;
import org.socialplaybook.news.DigestJob;
import org.socialplaybook.reminders.ReminderSettings;
import org.socialplaybook.reminders.ReminderStore;
import org.socialplaybook.team.TeamCardEntity;
import org.socialplaybook.team.TeamStore;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * Confluence's events reaching every capability through {@link ConfluenceEvents}, fired by the sandbox as Confluence
 * fires them, on the embedded database: the listener's registration, a space removal, a user's erasure and rename.
 */
public class LifecycleEventsTest {
    private static final long TRAINING_PAGE = 1301;
    private static final long FEEDBACK_PAGE = 1401;
    private static final long TEAM_PAGE = 1502;

    @Rule
    public final SandboxRule sandbox = new SandboxRule();

    @Test
    public void theListenerIsRegisteredWhileThePluginRunsAndUnregisteredWhenItStops() {
        ConfluenceEvents listener = sandbox.sandbox().components().get(ConfluenceEvents.class);
        int running = sandbox.sandbox().events().listenerCount();

        listener.onStop();
        int stopped = sandbox.sandbox().events().listenerCount();
        listener.onStart();

        assertEquals(1, running);
        assertEquals(0, stopped);
        assertEquals(1, sandbox.sandbox().events().listenerCount());
    }

    @Test
    public void removingTheSpaceDeletesEveryRowOfTheSpaceInEveryTableKeepsAnotherSpacesAndUnschedulesTheMondayDigest() {
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        fillTheTablesTheDemoLeavesEmpty();
        sandbox.sandbox().pageActions().move(MATRIX_PAGE, "NEWS");
        String matrix = "/role-matrices/" + ao.find(org.socialplaybook.roles.MatrixEntity.class)[0].getID();
        JsonNode activities = SandboxRule.json(sandbox.get("sofia", matrix)).get("activities");
        Map<String, Integer> withCare = sandbox.rowCounts();
        sandbox.sandbox().pageActions().removeSpace("CARE"); // the other demo space first: its guideline and training go
        Map<String, Integer> before = sandbox.rowCounts();
        assertTrue("CARE's guideline went, SOCIAL's stayed: " + before, before.get("GuidelineEntity") > 0
                && before.get("GuidelineEntity") < withCare.get("GuidelineEntity"));
        assertNotNull("the demo space's digest is on", sandbox.sandbox().scheduler().jobConfig(DigestJob.jobId("SOCIAL")));

        sandbox.sandbox().pageActions().removeSpace("SOCIAL");
        Map<String, Integer> afterSocial = sandbox.rowCounts();
        JsonNode movedActivities = SandboxRule.json(sandbox.get("sofia", matrix)).get("activities");
        sandbox.sandbox().pageActions().removeSpace("NEWS");
        Map<String, Integer> afterNews = sandbox.rowCounts();

        assertEquals("every table has rows before: " + before, List.of(), tables(before, n -> n == 0));
        assertEquals("only the role matrix moved to NEWS is left", RACI_TABLES,
                Set.copyOf(tables(afterSocial, n -> n > 0).stream().map(t -> t.substring(0, t.indexOf('='))).toList()));
        for (String table : RACI_TABLES) {
            assertEquals(table, before.get(table), afterSocial.get(table));
        }
        assertTrue(activities.size() > 5);
        assertEquals("the moved page's matrix is whole", activities, movedActivities);
        assertEquals("rows left after both spaces went", List.of(), tables(afterNews, n -> n > 0));
        assertNull(sandbox.sandbox().scheduler().jobConfig(DigestJob.jobId("SOCIAL")));
    }

    private static final long MATRIX_PAGE = 1101;
    private static final Set<String> RACI_TABLES = Set.of("MatrixEntity", "RoleEntity", "ActivityEntity", "CellEntity",
            "HolderEntity", "ProposalEntity", "MatrixChangeEntity");

    /** A Jira connection (with its token), a follow-up's Jira lease, a team card member, reminder settings and a sent reminder: the demo has none. */
    private void fillTheTablesTheDemoLeavesEmpty() {
        var components = sandbox.sandbox().components();
        components.get(JiraConnectionStore.class).save("SOCIAL", "https://jira.example.com", JiraAuth.TOKEN, null,
                "secret-token", sandbox.userKey("sofia"), Instant.now());
        FollowUpEntity followUp = sandbox.sandbox().activeObjects().find(FollowUpEntity.class)[0];
        assertTrue(components.get(FeedbackStore.class).claim(followUp.getID(), "node-a", System.currentTimeMillis(), 60_000));
        TeamCardEntity card = sandbox.sandbox().activeObjects().find(TeamCardEntity.class)[0];
        components.get(TeamStore.class).addMember(card.getID(), sandbox.userKey("victor"), "Sales contact", 99);
        ReminderStore reminders = components.get(ReminderStore.class);
        reminders.saveSettings(ReminderSettings.defaults("SOCIAL"), 0, sandbox.userKey("sofia"), Instant.now());
        assertTrue(reminders.claim(new ReminderStore.Claim("SOCIAL", sandbox.userKey("nora"), "guideline", "Our tone of voice",
                1201, java.time.LocalDate.now(), "R0"), List.of(), Instant.now()));
    }

    private static List<String> tables(Map<String, Integer> counts, java.util.function.IntPredicate which) {
        List<String> tables = new ArrayList<>();
        counts.forEach((table, n) -> {
            if (which.test(n)) {
                tables.add(table + "=" + n);
            }
        });
        return tables;
    }

    @Test
    public void trashedPagesLeaveTheOverviewForEveryCapabilityAndRestoringBringsEveryStepBack() {
        long[] pages = {1101, 1201, TRAINING_PAGE, FEEDBACK_PAGE, 1501, TEAM_PAGE};
        JsonNode before = overview();

        for (long page : pages) {
            sandbox.sandbox().pageActions().trash(page, "sofia");
        }
        JsonNode whileTrashed = overview();
        for (long page : pages) {
            sandbox.sandbox().pageActions().restore(page);
        }

        for (int step : new int[] {1, 2, 3, 4, 5, 6, 8}) {
            JsonNode was = before.get(step - 1);
            JsonNode trashed = whileTrashed.get(step - 1);
            assertFalse("step " + step + " " + was, "NOT_STARTED".equals(was.get("state").asText()));
            assertEquals("step " + step + " " + trashed, "NOT_STARTED", trashed.get("state").asText());
        }
        assertEquals(before, overview());
    }

    private JsonNode overview() {
        return SandboxRule.json(sandbox.get("sofia", "/spaces/SOCIAL/overview")).get("steps");
    }

    @Test
    public void afterNorasAccountIsErasedNothingShowsHerNameAndTheCountsStay() {
        String trainingBefore = sandbox.viewPage("sofia", TRAINING_PAGE);
        String feedbackBefore = sandbox.viewPage("sofia", FEEDBACK_PAGE);
        Map<String, Integer> before = sandbox.rowCounts();

        sandbox.sandbox().pageActions().eraseUser("nora");
        String training = sandbox.viewPage("sofia", TRAINING_PAGE);
        String feedback = sandbox.viewPage("sofia", FEEDBACK_PAGE);
        String team = sandbox.viewPage("sofia", TEAM_PAGE);

        assertTrue(trainingBefore.contains("Nora") && feedbackBefore.contains("Nora"));
        for (String html : List.of(training, feedback, team)) {
            assertFalse(excerpt(html, "Nora"), html.contains("Nora"));
            assertFalse(excerpt(html, "Giménez"), html.contains("Giménez"));
            assertFalse(html.contains("I still freeze when a complaint goes viral"));
        }
        assertFalse(feedback.contains("answered every complaint within minutes"));
        assertEquals("rows are kept: counts and history keep their shape", before, sandbox.rowCounts());
    }

    @Test
    public void onlyAConfluenceAdministratorDeletesAUserFromTheSandboxsAdministrationAndTheEventErasesTheirTexts() {
        String adminPage = sandbox.send(sandbox.page("sofia", "/admin/users.action")).body();
        int at = adminPage.indexOf("name=\"atl_token\" value=\"") + "name=\"atl_token\" value=\"".length();
        String token = adminPage.substring(at, adminPage.indexOf('"', at));

        int forMember = sandbox.send(sandbox.page("liam", "/admin/users.action")).statusCode();
        int withoutToken = sandbox.send(form("sofia", "/admin/eraseuser.action", "username=nora")).statusCode();
        int erased = sandbox.send(form("sofia", "/admin/eraseuser.action", "username=nora&atl_token=" + token)).statusCode();

        assertEquals(403, forMember);
        assertEquals(403, withoutToken);
        assertEquals(302, erased);
        assertFalse(sandbox.viewPage("sofia", TRAINING_PAGE).contains("I still freeze"));
    }

    private java.net.http.HttpRequest.Builder form(String user, String path, String body) {
        return sandbox.page(user, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    public void aRenamedPersonKeepsEverythingKeyedByTheirUserKey() {
        List<String> before = mine("nora");

        sandbox.sandbox().pageActions().renameUser("nora", "nora.gimenez", "Nora Giménez Ruiz");

        assertEquals(List.of("crisis-escalation", "tone-of-voice", "never-post"), before);
        assertEquals(before, mine("nora.gimenez"));
        assertTrue(sandbox.viewPage("sofia", TRAINING_PAGE).contains("Nora Giménez Ruiz"));
    }

    private List<String> mine(String user) {
        List<String> keys = new ArrayList<>();
        for (JsonNode item : SandboxRule.json(sandbox.get(user, "/guidelines/SOCIAL/mine"))) {
            keys.add(item.get("key").asText());
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static String excerpt(String html, String word) {
        int at = html.indexOf(word);
        return at < 0 ? "" : html.substring(Math.max(0, at - 300), Math.min(html.length(), at + 200));
    }
}
