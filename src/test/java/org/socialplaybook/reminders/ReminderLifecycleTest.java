package org.socialplaybook.reminders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.feedback.MutableClock;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.SandboxRule;

/**
 * The guidelines page, about which reminders were sent, moved to another space: the reminder rows go with it (the
 * old space's report no longer lists them, the training page's stay), and in the new space they still count as
 * sent, so the same reminder is never sent twice there.
 */
public class ReminderLifecycleTest {
    private static final long GUIDELINES_PAGE = 1201;
    private static final long TRAINING_PAGE = 1301;

    @Rule
    public final SandboxRule sandbox = new SandboxRule(c -> c.withClock(new MutableClock(Instant.parse("2026-11-19T09:00:00Z"))));

    @Test
    public void movingAPageToAnotherSpaceTakesItsRemindersWithItAndTheyStaySentThere() throws Exception {
        HttpResponse<String> saved = sandbox.putJson("sofia", "/reminders/1001/settings", """
                {"enabled": true, "afterDays": 1, "everyDays": 90, "quietWeekends": true, "escalateAfterDays": 40,
                 "groups": ["social-team"], "version": 0}""");
        assertEquals(saved.body(), 200, saved.statusCode());
        sandbox.sandbox().scheduler().runNow(ReminderJob.JOB_ID);
        EmbeddedActiveObjects ao = sandbox.sandbox().activeObjects();
        int aboutGuidelines = rows(ao, "SOCIAL", GUIDELINES_PAGE);
        int aboutTraining = rows(ao, "SOCIAL", TRAINING_PAGE);
        assertTrue("reminders about both pages first: " + aboutGuidelines + ", " + aboutTraining,
                aboutGuidelines > 0 && aboutTraining > 0);
        assertTrue(pagesInReport().contains(GUIDELINES_PAGE));

        sandbox.sandbox().pageActions().move(GUIDELINES_PAGE, "NEWS");

        assertEquals(0, rows(ao, "SOCIAL", GUIDELINES_PAGE));
        assertEquals(aboutGuidelines, rows(ao, "NEWS", GUIDELINES_PAGE));
        assertEquals("the training page's stay", aboutTraining, rows(ao, "SOCIAL", TRAINING_PAGE));
        assertFalse("the old space's report no longer lists them", pagesInReport().contains(GUIDELINES_PAGE));

        ReminderStore store = sandbox.sandbox().components().get(ReminderStore.class);
        ReminderStore.Sent sent = store.sent("NEWS", 10).get(0);
        ReminderStore.Claim same = new ReminderStore.Claim("NEWS", sent.userKey(), sent.kind(), sent.title(),
                sent.pageId(), sent.due(), sent.period());
        assertFalse("already sent in the new space", store.claim(same, List.of(), Instant.now()));
        ReminderStore.Claim next = new ReminderStore.Claim("NEWS", sent.userKey(), sent.kind(), sent.title(),
                sent.pageId(), sent.due(), "R1");
        assertTrue("the next period is not", store.claim(next, List.of(), Instant.now()));
    }

    private static int rows(EmbeddedActiveObjects ao, String spaceKey, long pageId) {
        return ao.count(ReminderSentEntity.class, ReminderSentEntity.SPACE_KEY + " = ? AND " + ReminderSentEntity.PAGE_ID
                + " = ?", spaceKey, pageId);
    }

    private List<Long> pagesInReport() {
        JsonNode report = SandboxRule.json(sandbox.get("sofia", "/reminders/1001/report"));
        List<Long> pages = new java.util.ArrayList<>();
        report.forEach(row -> pages.add(row.get("pageId").asLong()));
        return pages;
    }
}
