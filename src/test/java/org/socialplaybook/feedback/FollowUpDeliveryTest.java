package org.socialplaybook.feedback;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.jira.JiraFailure;

/**
 * The reliability core: a follow-up is saved first and reaches Jira exactly once, whatever Jira does on the way —
 * 500, a timeout after it really created the issue, 401, 429 with Retry-After, malformed JSON, connection refused,
 * two nodes or two clicks at once — with the reason shown meanwhile and retries spaced by backoff.
 */
public class FollowUpDeliveryTest {
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

    private void assertInJiraExactlyOnce(FollowUp f) {
        FollowUp now = h.reload(f);
        assertEquals(JiraState.LINKED, now.jiraState());
        assertEquals("one issue carries the follow-up's marker", 1, jira.withLabel(now.marker()));
        FakeJira.Issue issue = jira.issue(now.jiraKey());
        assertNotNull(issue);
        assertEquals(f.title(), issue.summary);
    }

    @Test
    public void aFollowUpIsCreatedInJiraWithItsFieldsALinkBackAndTheMarkerLabel() {
        FollowUp f = h.followUp("Pair Liam with Nora on weekend replies", "liam");
        h.requestJira(f);

        FollowUpDelivery.Outcome outcome = h.delivery().deliver(f.id());

        assertEquals("SOC-1", outcome.jiraKey());
        FakeJira.Issue issue = jira.issue("SOC-1");
        assertEquals("liam", issue.assignee);
        assertEquals("2026-12-01", issue.dueDate);
        assertTrue(issue.labels.contains("social-playbook"));
        assertTrue(issue.labels.contains(h.reload(f).marker()));
        assertTrue(issue.description, issue.description.contains("Details of Pair Liam")
                && issue.description.contains("http://localhost:1990/confluence/pages/viewpage.action?pageId=1401"));
        assertInJiraExactlyOnce(f);
    }

    @Test
    public void anOwnerJiraDoesNotKnowLeavesTheIssueUnassigned() {
        FollowUp f = h.followUp("Ask sales for their FAQ", "victor");
        h.requestJira(f);

        h.delivery().deliver(f.id());

        assertNull(jira.issue(h.reload(f).jiraKey()).assignee);
    }

    @Test
    public void aServerErrorLeavesItWaitingWithTheReasonAndTheNextAttemptCreatesItOnce() {
        FollowUp f = h.followUp("Update the crisis checklist", "nora");
        h.requestJira(f);
        jira.failWith("POST", "/rest/api/2/issue", 1, 500, "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}", Map.of());

        FollowUpDelivery.Outcome first = h.delivery().deliver(f.id());

        assertEquals(JiraFailure.SERVER_ERROR, first.failure());
        FollowUp waiting = h.reload(f);
        assertEquals(JiraState.WAITING, waiting.jiraState());
        assertEquals("social-playbook.jira.failure.server-error", waiting.lastError());
        assertEquals(h.clock.instant().plusSeconds(30), waiting.nextTry());
        assertTrue("not due before its backoff", h.delivery().deliverDue(10).isEmpty());

        h.clock.advance(Duration.ofSeconds(31));
        h.delivery().deliverDue(10);

        assertInJiraExactlyOnce(f);
        assertEquals(1, jira.issues().size());
    }

    @Test
    public void aTimeoutAfterJiraCreatedTheIssueIsResolvedByTheMarkerNotByASecondIssue() {
        FollowUp f = h.followUp("Collect tone-of-voice examples", "marco");
        h.requestJira(f);
        jira.slow("POST", "/rest/api/2/issue", 1, 1_600);

        FollowUpDelivery.Outcome first = h.delivery().deliver(f.id());

        assertEquals(JiraFailure.TIMEOUT, first.failure());
        assertEquals(JiraState.WAITING, h.reload(f).jiraState());
        awaitIssues(1);
        h.clock.advance(Duration.ofMinutes(1));
        h.delivery().deliverDue(10);

        assertInJiraExactlyOnce(f);
        assertEquals("the retry found the issue instead of creating another", 1, jira.issues().size());
        assertEquals(1, jira.requests("POST", "/rest/api/2/issue"));
    }

    @Test
    public void refusedCredentialsWaitLongerAndSucceedOnceTheyAreAccepted() {
        FollowUp f = h.followUp("Review the approval flow", "liam");
        h.requestJira(f);
        jira.failWith(null, null, 1, 401, "", Map.of("WWW-Authenticate", "OAuth realm=\"jira\""));

        h.delivery().deliver(f.id());

        FollowUp waiting = h.reload(f);
        assertEquals("social-playbook.jira.failure.unauthorized", waiting.lastError());
        assertEquals(h.clock.instant().plus(Duration.ofMinutes(10)), waiting.nextTry());
        h.clock.advance(Duration.ofMinutes(11));
        h.delivery().deliverDue(10);
        assertInJiraExactlyOnce(f);
    }

    @Test
    public void rateLimitingIsHonouredByWaitingAtLeastRetryAfter() {
        FollowUp f = h.followUp("Publish the guideline FAQ", "nora");
        h.requestJira(f);
        jira.failWith(null, null, 1, 429, "{\"errorMessages\":[\"Rate limit exceeded\"],\"errors\":{}}", Map.of("Retry-After", "120"));

        h.delivery().deliver(f.id());

        FollowUp waiting = h.reload(f);
        assertEquals("social-playbook.jira.failure.rate-limited", waiting.lastError());
        assertEquals(h.clock.instant().plusSeconds(120), waiting.nextTry());
        h.clock.advance(Duration.ofSeconds(60));
        assertTrue(h.delivery().deliverDue(10).isEmpty());
        h.clock.advance(Duration.ofSeconds(61));
        h.delivery().deliverDue(10);
        assertInJiraExactlyOnce(f);
    }

    @Test
    public void malformedJsonFromJiraIsAFailureToRetryNotASuccess() {
        FollowUp f = h.followUp("Share the outage replies", "nora");
        h.requestJira(f);
        jira.failWith("POST", "/rest/api/2/search", 1, 200, "{\"startAt\":0,\"issues\":[{\"key\":", Map.of());
        jira.failWith("POST", "/rest/api/2/issue", 1, 201, "<html><body>Proxy error</body></html>", Map.of());

        FollowUpDelivery.Outcome first = h.delivery().deliver(f.id());
        assertEquals(JiraFailure.BAD_RESPONSE, first.failure());
        h.clock.advance(Duration.ofSeconds(31));
        FollowUpDelivery.Outcome second = h.delivery().deliver(f.id());
        assertEquals(JiraFailure.BAD_RESPONSE, second.failure());
        assertEquals("backoff doubles", h.clock.instant().plusSeconds(60), h.reload(f).nextTry());
        h.clock.advance(Duration.ofSeconds(61));
        h.delivery().deliverDue(10);

        assertInJiraExactlyOnce(f);
    }

    @Test
    public void aRefusedConnectionKeepsEveryFollowUpWaitingUntilJiraIsBack() {
        FollowUp a = h.followUp("Checklist for escalations", "liam");
        FollowUp b = h.followUp("Weekend rota", "nora");
        FollowUp c = h.followUp("Paid posts approval walkthrough", "marco");
        h.requestJira(a, b, c);
        jira.stop();

        List<FollowUpDelivery.Outcome> outcomes = h.delivery().deliverDue(10);

        assertEquals("the run stops trying a space whose Jira is down", 1, outcomes.size());
        assertEquals(JiraFailure.UNREACHABLE, outcomes.get(0).failure());
        for (FollowUp f : List.of(a, b, c)) {
            assertEquals(JiraState.WAITING, h.reload(f).jiraState());
        }
        jira.start();
        h.clock.advance(Duration.ofMinutes(2));
        h.delivery().deliverDue(10);

        for (FollowUp f : List.of(a, b, c)) {
            assertInJiraExactlyOnce(f);
        }
        assertEquals(3, jira.issues().size());
    }

    @Test
    public void twoNodesDeliveringTheSameFollowUpAtOnceCreateOneIssue() throws Exception {
        FollowUp f = h.followUp("Interview two customers about the new FAQ", "liam");
        h.requestJira(f);
        jira.slow("POST", "/rest/api/2/issue", 1, 400);
        FollowUpDelivery other = new FollowUpDelivery(h.store(), h.get(org.socialplaybook.jira.JiraGateway.class),
                h.get(org.socialplaybook.platform.TimeSource.class), h.get(org.socialplaybook.platform.People.class),
                h.get(com.atlassian.sal.api.ApplicationProperties.class), h.get(org.socialplaybook.platform.Languages.class));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<FollowUpDelivery.Outcome>> nodes = List.of(() -> h.delivery().deliver(f.id()), () -> other.deliver(f.id()));
            List<FollowUpDelivery.Outcome> outcomes = new ArrayList<>();
            for (Future<FollowUpDelivery.Outcome> result : pool.invokeAll(nodes)) {
                outcomes.add(result.get());
            }
            assertEquals(1, outcomes.stream().filter(FollowUpDelivery.Outcome::linked).count());
        } finally {
            pool.shutdownNow();
        }
        assertInJiraExactlyOnce(f);
        assertEquals(1, jira.requests("POST", "/rest/api/2/issue"));
    }

    @Test
    public void aSecondClickOnCreateChangesNothingOnceTheIssueExists() {
        FollowUp f = h.followUp("Celebrate the first 1,000 replies", "sofia");
        h.requestJira(f);
        h.delivery().deliver(f.id());

        h.requestJira(f);
        h.delivery().deliver(f.id());
        h.delivery().deliverDue(10);

        assertInJiraExactlyOnce(f);
        assertEquals(1, jira.requests("POST", "/rest/api/2/issue"));
    }

    @Test
    public void aRejectedIssueFailsForGoodAndTheJobDoesNotHammerJira() {
        FollowUp f = h.followUp("Create in a project that is gone", "liam");
        h.store().requestJira(List.of(f.id()), FeedbackHarness.SPACE, "followups", "GONE", "Task", List.of(), h.clock.millis());

        FollowUpDelivery.Outcome outcome = h.delivery().deliver(f.id());

        assertEquals(JiraFailure.REJECTED, outcome.failure());
        assertEquals(JiraState.FAILED, h.reload(f).jiraState());
        assertEquals("social-playbook.jira.failure.rejected", h.reload(f).lastError());
        h.clock.advance(Duration.ofHours(2));
        assertTrue(h.delivery().deliverDue(10).isEmpty());
        assertTrue(jira.issues().isEmpty());
    }

    @Test
    public void aDueDateJiraDoesNotAcceptIsMovedIntoTheDescription() {
        FollowUp f = h.followUp("Due date not on the create screen", "liam");
        h.requestJira(f);
        jira.failWith("POST", "/rest/api/2/issue", 1, 400,
                "{\"errorMessages\":[],\"errors\":{\"duedate\":\"Field 'duedate' cannot be set.\"}}", Map.of());

        h.delivery().deliver(f.id());

        FakeJira.Issue issue = jira.issue(h.reload(f).jiraKey());
        assertNull(issue.dueDate);
        assertTrue(issue.description.contains("Due: 2026-12-01"));
        assertInJiraExactlyOnce(f);
    }

    @Test
    public void theScheduledJobDeliversDueFollowUpsAndRefreshesStatuses() {
        FollowUp f = h.followUp("Run the refresher", "nora");
        h.requestJira(f);
        jira.failWith("POST", "/rest/api/2/issue", 1, 503, "", Map.of());
        h.delivery().deliver(f.id());
        h.clock.advance(Duration.ofMinutes(1));

        h.get(FollowUpJob.class).runJob(null);

        assertInJiraExactlyOnce(f);
        jira.transition(h.reload(f).jiraKey(), "Done", "done", "Done");
        h.clock.advance(Duration.ofMinutes(5));
        h.get(FollowUpJob.class).runJob(null);
        FollowUp done = h.reload(f);
        assertFalse(done.open());
        assertTrue(done.doneByJira());
        assertEquals("Done", done.jiraResolution());
    }

    private void awaitIssues(int count) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (jira.issues().size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
