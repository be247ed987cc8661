package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.socialplaybook.training.TrainingHarness.base;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * Training in the Monday digest, through the sandbox (real stores, role matrix, permissions and news REST): a learner
 * sees their overdue, due-soon and refresher-due required modules in their digest preview, nobody else's, only on
 * pages they may view, at a constant number of queries whatever the number of readers and programmes.
 */
public class TrainingOpenItemsTest {
    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule();
    private static final TrainingHarness H = new TrainingHarness(SANDBOX);
    private static final String DIGEST = "/news/1504/digest/preview";

    private static LocalDate today() {
        return SANDBOX.sandbox().components().get(TrainingReports.class).today();
    }

    private static TrainingOpenItems provider() {
        return SANDBOX.sandbox().components().get(TrainingOpenItems.class);
    }

    private static List<OpenItem> itemsOf(TrainingOpenItems provider, String user, String programmeTitle) {
        return provider.openItemsFor("SOCIAL", H.key(user)).stream()
                .filter(i -> i.title().endsWith("(" + programmeTitle + ")")).toList();
    }

    private static JsonNode item(JsonNode preview, String title) {
        for (JsonNode i : preview.get("openItems")) {
            if (i.get("title").asText().equals(title)) {
                return i;
            }
        }
        return null;
    }

    private static void complete(String learner, int programme, int module, LocalDate on) {
        SANDBOX.sandbox().as("liam", () -> SANDBOX.sandbox().components().get(ProgressService.class).setFor(programme,
                H.key(learner), module, new Requests.StatusBody("COMPLETED", on.toString(), null)));
    }

    @Test
    public void aLearnerWithAnOverdueModuleSeesItInTheirDigestPreviewAndNobodyElseDoes() {
        int p = H.programme("users", "liam", "title", "Escalations <b>now</b>", "due", today().minusDays(3).toString());
        H.module(p, "Escalation basics", true, null);
        int drill = H.module(p, "Escalation drill", true, null);
        H.module(p, "Further reading", false, null);
        HttpResponse<String> done = SANDBOX.putJson("liam", base(p) + "/my/modules/" + drill, "{\"status\":\"COMPLETED\"}");
        assertEquals(done.body(), 200, done.statusCode());

        JsonNode liam = SandboxRule.json(SANDBOX.get("liam", DIGEST));
        JsonNode nora = SandboxRule.json(SANDBOX.get("nora", DIGEST));

        JsonNode overdue = item(liam, "Escalation basics (Escalations <b>now</b>)");
        assertEquals(liam.toString(), "training", overdue.get("kind").asText());
        assertTrue(overdue.get("overdue").asBoolean());
        assertEquals(1301, overdue.get("pageId").asLong());
        assertEquals(today().minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant().toString(), overdue.get("due").asText());
        assertEquals("a completed module is not waiting", null, item(liam, "Escalation drill (Escalations <b>now</b>)"));
        assertEquals("an optional module is not required", null, item(liam, "Further reading (Escalations <b>now</b>)"));
        String html = liam.get("html").asText();
        assertTrue(html, html.contains("Training due: <a href=\"http://localhost:"));
        assertTrue(html, html.contains("pageId=1301\">Escalation basics (Escalations &lt;b&gt;now&lt;/b&gt;)</a>"));
        assertFalse(html.contains("<b>now</b>"));
        assertEquals("Liam's training is his", null, item(nora, "Escalation basics (Escalations <b>now</b>)"));
    }

    @Test
    public void modulesDueSoonAndRefreshersDueAreListedButNotThoseDueLaterOrDone() {
        int soon = H.programme("users", "victor", "title", "Soon course", "due", today().plusDays(10).toString());
        int soonModule = H.module(soon, "Objection handling", true, null);
        int later = H.programme("users", "victor", "title", "Later course", "due", today().plusDays(40).toString());
        H.module(later, "Pricing basics", true, null);
        int refresher = H.programme("users", "victor", "title", "Refresher course");
        int expired = H.module(refresher, "Data protection", true, 1);
        int valid = H.module(refresher, "Tone of voice", true, 12);
        complete("victor", soon, soonModule, today().minusDays(1));
        H.module(soon, "Closing a lead", true, null);
        complete("victor", refresher, expired, today().minusDays(45));
        complete("victor", refresher, valid, today().minusDays(45));

        TrainingOpenItems provider = provider();

        List<OpenItem> dueSoon = itemsOf(provider, "victor", "Soon course");
        assertEquals(1, dueSoon.size());
        assertEquals("Closing a lead (Soon course)", dueSoon.get(0).title());
        assertFalse(dueSoon.get(0).overdue());
        assertEquals(today().plusDays(10).atStartOfDay(ZoneOffset.UTC).toInstant(), dueSoon.get(0).due());
        assertEquals(List.of(), itemsOf(provider, "victor", "Later course"));
        List<OpenItem> refreshers = itemsOf(provider, "victor", "Refresher course");
        assertEquals(1, refreshers.size());
        assertEquals("Data protection (Refresher course)", refreshers.get(0).title());
        assertEquals("the refresher is due 30 days after the completion expired",
                today().minusDays(45).plusMonths(1).plusDays(TrainingRules.REFRESHER_GRACE_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant(),
                refreshers.get(0).due());
    }

    @Test
    public void aReaderWhoMayNotViewTheProgrammesPageIsNotToldAboutIt() {
        int p = H.programme("users", "nora", "title", "Hidden course", "due", today().minusDays(1).toString());
        H.module(p, "Secret module", true, null);
        String nora = H.key("nora");
        PermissionManager notThisPage = new PermissionManager() {
            @Override
            public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
                return !(target instanceof AbstractPage page && page.getId() == TrainingHarness.PAGE);
            }

            @Override
            public boolean isConfluenceAdministrator(ConfluenceUser user) {
                return false;
            }

            @Override
            public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> entities) {
                return entities.stream().filter(e -> hasPermission(user, permission, e)).map(e -> (X) e).toList();
            }
        };
        ReaderAccess access = new ReaderAccess(SANDBOX.sandbox().components().get(PageManager.class), notThisPage,
                SANDBOX.sandbox().components().get(UserAccessor.class),
                SANDBOX.sandbox().components().get(com.atlassian.confluence.spaces.SpaceManager.class));
        TrainingOpenItems restricted = new TrainingOpenItems(SANDBOX.sandbox().components().get(TrainingStore.class),
                SANDBOX.sandbox().components().get(TrainingReports.class), access);

        assertEquals(1, itemsOf(provider(), "nora", "Hidden course").size());
        assertEquals(List.of(), itemsOf(restricted, "nora", "Hidden course"));
        assertEquals(List.of(), restricted.openItemsFor("SOCIAL", List.of(nora)).get(nora));
    }

    @Test
    public void theItemsOfManyReadersAndProgrammesCostAConstantNumberOfQueries() {
        EmbeddedActiveObjects ao = SANDBOX.sandbox().activeObjects();
        TrainingOpenItems provider = provider();
        List<String> everyone = List.of("sofia", "liam", "nora", "marco", "victor").stream().map(H::key).toList();

        ao.statements().reset();
        provider.openItemsFor("SOCIAL", List.of(H.key("liam")));
        long oneReader = ao.statements().count();
        ao.statements().reset();
        Map<String, List<OpenItem>> five = provider.openItemsFor("SOCIAL", everyone);
        long fiveReaders = ao.statements().count();
        for (int i = 0; i < 3; i++) {
            int p = H.programme("matrix", "Social media team", "title", "Role course " + i, "due", today().toString());
            H.module(p, "Module " + i, true, null);
        }
        ao.statements().reset();
        Map<String, List<OpenItem>> more = provider.openItemsFor("SOCIAL", everyone);
        long moreProgrammes = ao.statements().count();

        assertEquals(everyone, List.copyOf(five.keySet()));
        assertTrue("the demo programme has items for Liam: " + five, !five.get(H.key("liam")).isEmpty());
        assertTrue("everyone in the matrix has the new modules due today",
                more.get(H.key("nora")).stream().anyMatch(i -> i.title().equals("Module 2 (Role course 2)")));
        assertEquals(oneReader, fiveReaders);
        assertEquals("programmes sharing a role matrix ask it once", fiveReaders, moreProgrammes);
        assertTrue("programmes, modules, learners and the matrix's roles and holders: " + moreProgrammes, moreProgrammes <= 5);
    }
}
