package org.socialplaybook.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;

/** The Jira REST v2 client against a Jira-shaped WireMock: what it sends, what it understands, how it fails. */
public class JiraClientTest {
    @Rule
    public final FakeJira jira = new FakeJira();

    private final JiraTimeouts timeouts = new JiraTimeouts(Duration.ofMillis(500), Duration.ofMillis(800));

    private JiraClient client(String token) {
        return new JiraClient(new HttpJiraTransport(new JiraConnection(jira.url() + "/", JiraAuth.TOKEN, null, token),
                timeouts, HttpClient.newBuilder().connectTimeout(timeouts.connect()).build()));
    }

    private JiraClient client() {
        return client(FakeJira.TOKEN);
    }

    private JiraException failure(Runnable call) {
        try {
            call.run();
        } catch (JiraException e) {
            return e;
        }
        fail("expected a JiraException");
        return null;
    }

    @Test
    public void createIssueSendsTheFieldsAndReturnsTheNewKey() {
        String key = client().createIssue(new NewIssue("SOC", "Task", "Refresh the checklist", "Why and how",
                LocalDate.parse("2026-12-24"), List.of("social-playbook", "sp-fu-abc"), "nora"));

        assertEquals("SOC-1", key);
        FakeJira.Issue issue = jira.issue(key);
        assertEquals("Refresh the checklist", issue.summary);
        assertEquals("2026-12-24", issue.dueDate);
        assertEquals("nora", issue.assignee);
        assertEquals(List.of("social-playbook", "sp-fu-abc"), issue.labels);
    }

    @Test
    public void getIssueReadsStatusCategoryAssigneeAndResolution() {
        FakeJira.Issue existing = jira.existing("SOC", "Existing work");
        jira.transition(existing.key, "Done", "done", "Fixed");

        JiraIssue issue = client().getIssue(existing.key).orElseThrow();

        assertEquals("Done", issue.status());
        assertEquals("done", issue.statusCategory());
        assertEquals("Fixed", issue.resolution());
        assertTrue(issue.resolved());
        assertEquals(jira.url() + "/browse/" + existing.key, issue.url());
        assertTrue(client().getIssue("SOC-999").isEmpty());
        assertTrue("not a key: Jira is not even asked", client().getIssue("soc 1; DROP").isEmpty());
    }

    @Test
    public void bulkStatusIsOneSearchPerHundredKeysAskingOnlyForTheFieldsShown() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            keys.add(jira.existing("SOC", "Issue " + i).key);
        }
        jira.delete(keys.get(7));
        jira.resetCounts();

        Map<String, JiraIssue> found = client().issuesByKey(keys);

        assertEquals(249, found.size());
        assertEquals(3, jira.requests("POST", "/rest/api/2/search"));
        for (JsonNode body : jira.searchBodies()) {
            assertEquals(List.of("summary", "status", "assignee", "resolution"),
                    List.of(body.get("fields").get(0).asText(), body.get("fields").get(1).asText(),
                            body.get("fields").get(2).asText(), body.get("fields").get(3).asText()));
            assertFalse("a deleted issue must not fail the whole board", body.get("validateQuery").asBoolean());
            assertTrue(body.get("jql").asText().startsWith("key in ("));
        }
    }

    @Test
    public void projectsIssueTypesAndTheSignedInUserComeFromJira() {
        assertTrue(client().projects().stream().anyMatch(p -> p.key().equals("SOC") && p.name().equals("Social Media")));
        assertTrue(client().issueTypes("SOC").stream().anyMatch(t -> t.name().equals("Task") && !t.subtask()));
        assertEquals("Jira Bot", client().myselfDisplayName());
        assertTrue(client().userExists("liam"));
        assertFalse(client().userExists("victor"));
    }

    @Test
    public void aServerErrorIsReportedAsSuch() {
        jira.failWith(null, null, 1, 500, "{\"errorMessages\":[\"Internal server error\"],\"errors\":{}}", Map.of());

        JiraException e = failure(() -> client().projects());

        assertEquals(JiraFailure.SERVER_ERROR, e.failure());
        assertEquals(500, e.httpStatus());
        assertTrue(e.failure().retryable());
    }

    @Test
    public void aSlowJiraTimesOutInsteadOfHanging() {
        jira.slow(null, null, 1, 2_000);
        long start = System.nanoTime();

        JiraException e = failure(() -> client().projects());

        assertEquals(JiraFailure.TIMEOUT, e.failure());
        assertTrue("bounded by the request timeout", Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_900);
    }

    @Test
    public void aWrongTokenIsUnauthorized() {
        JiraException e = failure(() -> client("not-the-token").projects());

        assertEquals(JiraFailure.UNAUTHORIZED, e.failure());
        assertFalse("the token never appears in the error", String.valueOf(e.getMessage()).contains("not-the-token"));
    }

    @Test
    public void rateLimitingCarriesRetryAfter() {
        jira.failWith(null, null, 1, 429, "", Map.of("Retry-After", "45"));

        JiraException e = failure(() -> client().projects());

        assertEquals(JiraFailure.RATE_LIMITED, e.failure());
        assertEquals(Duration.ofSeconds(45), e.retryAfter());
    }

    @Test
    public void malformedJsonIsABadResponse() {
        jira.failWith("POST", "/rest/api/2/search", 1, 200, "{\"issues\":[{\"key\":\"SOC-1\"", Map.of());
        jira.failWith("POST", "/rest/api/2/issue", 1, 201, "{\"id\":\"1\"}", Map.of());

        assertEquals(JiraFailure.BAD_RESPONSE, failure(() -> client().issuesByKey(List.of("SOC-1"))).failure());
        assertEquals(JiraFailure.BAD_RESPONSE, failure(() -> client().createIssue(
                new NewIssue("SOC", "Task", "x", null, null, List.of(), null))).failure());
    }

    @Test
    public void aRefusedConnectionIsUnreachable() {
        jira.stop();

        JiraException e = failure(() -> client().projects());

        assertEquals(JiraFailure.UNREACHABLE, e.failure());
        jira.start();
        assertFalse(client().projects().isEmpty());
    }

    @Test
    public void aRejectedCreateKeepsJirasOwnReasons() {
        JiraException e = failure(() -> client().createIssue(new NewIssue("NOPE", "Task", "x", null, null, List.of(), null)));

        assertEquals(JiraFailure.REJECTED, e.failure());
        assertFalse(e.failure().retryable());
        assertEquals(List.of("project: valid project is required"), e.jiraMessages());
    }

    @Test
    public void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        assertEquals(Duration.ofSeconds(120), JiraClient.retryAfter("120"));
        assertNull(JiraClient.retryAfter("soon"));
        assertNull(JiraClient.retryAfter(null));
        assertTrue(JiraClient.retryAfter("Wed, 21 Oct 2099 07:28:00 GMT").toDays() > 1000);
    }

    @Test
    public void issueKeysAndLabelsAreCheckedBeforeTheyReachJql() {
        assertTrue(JiraClient.isIssueKey("SOC-12"));
        assertFalse(JiraClient.isIssueKey("SOC-0"));
        assertFalse(JiraClient.isIssueKey("SOC-1) OR project = X"));
        assertFalse(JiraClient.isLabel("a\" OR labels = \"b"));
        try {
            client().issuesWithLabel("x\" OR 1=1");
            fail("a label with quotes must never reach Jira");
        } catch (IllegalArgumentException expected) {
            assertEquals(0, jira.totalRequests());
        }
    }
}
