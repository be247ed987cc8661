package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.jira.JiraFailure;
import org.socialplaybook.jira.JiraStatusCache;

/** Live statuses: fetched in bulk by chunks, cached briefly, stored when they change; resolution means done. */
public class JiraStatusSyncTest {
    @Rule
    public final FakeJira jira = new FakeJira();

    private FeedbackHarness h;

    @Before
    public void setUp() {
        h = new FeedbackHarness(jira.url(), FakeJira.TOKEN);
    }

    @After
    public void tearDown() {
        h.close();
    }

    private List<FollowUp> linked(int count) {
        List<FollowUp> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FollowUp f = h.followUp("Follow-up " + i, "liam");
            all.add(h.store().markLinked(f.id(), jira.existing("SOC", "Follow-up " + i).key, null, h.clock.instant()));
        }
        return all;
    }

    private List<FollowUp> board() {
        return h.store().followUps(FeedbackHarness.SPACE, "followups");
    }

    @Test
    public void statusesAreFetchedOneSearchPerHundredThenServedFromTheCache() {
        linked(250);
        jira.resetCounts();

        JiraStatusSync.Result first = h.sync().sync(FeedbackHarness.SPACE, "followups", board(), false);
        JiraStatusSync.Result second = h.sync().sync(FeedbackHarness.SPACE, "followups", board(), false);

        assertEquals(3, first.requests());
        assertEquals(250, first.issues().size());
        assertEquals(0, second.requests());
        assertEquals(250, second.issues().size());
        assertEquals(3, jira.requests("POST", "/rest/api/2/search"));
        h.clock.advance(Duration.ofSeconds(JiraStatusCache.TTL_SECONDS + 1));
        assertEquals("the cache is brief", 3, h.sync().sync(FeedbackHarness.SPACE, "followups", board(), false).requests());
        assertEquals("refresh skips the cache", 3, h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true).requests());
    }

    @Test
    public void aResolvedIssueMarksItsFollowUpDoneAndAReopenedOneOpensItAgain() {
        FollowUp f = linked(1).get(0);
        jira.transition(f.jiraKey(), "Done", "done", "Done");

        h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true);

        FollowUp done = h.reload(f);
        assertFalse(done.open());
        assertTrue(done.doneByJira());
        assertEquals("Done", done.jiraStatus());
        jira.transition(f.jiraKey(), "Reopened", "new", null);
        h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true);
        assertTrue(h.reload(f).open());
    }

    @Test
    public void aDeletedIssueIsShownAsMissingAndTheOthersStillUpdate() {
        List<FollowUp> all = linked(3);
        jira.delete(all.get(1).jiraKey());
        jira.transition(all.get(2).jiraKey(), "In Progress", "indeterminate", null);

        JiraStatusSync.Result result = h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true);

        assertNull(result.failure());
        assertEquals("missing", h.reload(all.get(1)).jiraStatusCategory());
        assertEquals("In Progress", h.reload(all.get(2)).jiraStatus());
    }

    @Test
    public void whenJiraFailsTheLastKnownStatusStays() {
        FollowUp f = linked(1).get(0);
        jira.transition(f.jiraKey(), "In Progress", "indeterminate", null);
        h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true);
        jira.failWith("POST", "/rest/api/2/search", 1, 500, "", Map.of());

        JiraStatusSync.Result failed = h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true);

        assertEquals(JiraFailure.SERVER_ERROR, failed.failure());
        assertEquals("In Progress", h.reload(f).jiraStatus());
        assertTrue(failed.syncedAt() != null);
    }

    @Test
    public void unchangedStatusesAreNotWrittenAgain() {
        linked(50);
        h.sync().sync(FeedbackHarness.SPACE, "followups", board(), true);
        List<FollowUp> loaded = board();
        h.ao.statements().reset();

        h.sync().sync(FeedbackHarness.SPACE, "followups", loaded, true);

        assertTrue("no write for 50 unchanged rows: " + h.ao.statements().count(), h.ao.statements().count() < 5);
    }

    @Test
    public void aBoardLoadsInTheSameNumberOfStatementsWhateverItsSize() {
        linked(5);
        h.ao.statements().reset();
        h.store().followUps(FeedbackHarness.SPACE, "followups");
        h.store().feedback(FeedbackHarness.SPACE, "followups");
        long small = h.ao.statements().count();
        linked(200);
        h.ao.statements().reset();

        h.store().followUps(FeedbackHarness.SPACE, "followups");
        h.store().feedback(FeedbackHarness.SPACE, "followups");

        assertEquals(small, h.ao.statements().count());
        assertEquals(2, small);
    }
}
