package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.socialplaybook.jira.JiraClient;
import org.socialplaybook.jira.JiraException;
import org.socialplaybook.jira.JiraFailure;
import org.socialplaybook.jira.JiraGateway;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.jira.JiraResource;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;

/** What people do with follow-ups and Jira: create several in one action, link an existing issue, retry, refresh. */
@Named
public class FollowUpJiraService {
    private final FeedbackStore store;
    private final FollowUpDelivery delivery;
    private final JiraGateway gateway;
    private final PageAccess access;
    private final TimeSource time;

    @Inject
    public FollowUpJiraService(FeedbackStore store, FollowUpDelivery delivery, JiraGateway gateway, PageAccess access,
                               TimeSource time) {
        this.store = store;
        this.delivery = delivery;
        this.gateway = gateway;
        this.access = access;
        this.time = time;
    }

    /** The request body of "create in Jira": the follow-ups, the project, the issue type, extra labels. */
    public record CreateInput(List<Integer> ids, String project, String issueType, String labels) {
    }

    public record LinkInput(String key) {
    }

    /**
     * Saves the request first (the follow-ups wait for Jira), then tries each right away. The project must exist
     * in Jira when Jira can be asked; when Jira cannot be reached, the follow-ups simply wait and the job retries.
     */
    public List<FollowUpDelivery.Outcome> createInJira(long pageId, String board, CreateInput input) {
        PageRef page = access.requireEdit(pageId);
        String boardKey = FollowUpRules.boardKey(board);
        if (input == null || input.ids() == null || input.ids().isEmpty()) {
            throw PlaybookException.invalidField("ids", "social-playbook.feedback.select-followups");
        }
        List<Integer> ids = new ArrayList<>(new LinkedHashSet<>(input.ids()));
        if (ids.size() > FollowUpRules.MAX_BULK) {
            throw PlaybookException.invalidField("ids", "social-playbook.feedback.too-many-selected", FollowUpRules.MAX_BULK);
        }
        String project = FollowUpRules.projectKey(input.project());
        String issueType = FollowUpRules.issueType(input.issueType());
        List<String> labels = FollowUpRules.labels(input.labels());
        JiraClient client = gateway.client(page.spaceKey())
                .orElseThrow(() -> PlaybookException.invalid("social-playbook.jira.failure.not-configured"));
        JiraFailure down = null;
        try {
            boolean known = client.projects().stream().anyMatch(p -> p.key().equals(project));
            if (!known) {
                throw PlaybookException.invalidField("project", "social-playbook.feedback.project-unknown", project);
            }
        } catch (JiraException e) {
            down = e.failure();
        }
        List<Integer> waiting = store.requestJira(ids, page.spaceKey(), boardKey, project, issueType, labels,
                time.now().toEpochMilli());
        List<FollowUpDelivery.Outcome> outcomes = new ArrayList<>();
        List<Integer> untried = new ArrayList<>();
        for (int id : waiting) {
            if (down != null) {
                outcomes.add(new FollowUpDelivery.Outcome(id, null, down, false));
                untried.add(id);
                continue;
            }
            FollowUpDelivery.Outcome outcome = delivery.deliver(id);
            outcomes.add(outcome);
            if (outcome.failure() != null && outcome.failure().retryable()) {
                down = outcome.failure();
            }
        }
        if (!untried.isEmpty()) {
            // not tried because Jira looked down: they wait for the job, and say why
            store.noteWaitingReason(untried, down.i18nKey());
        }
        return outcomes;
    }

    /** Links an existing issue: the key must look like one and exist in Jira (404 otherwise); nothing changes on failure. */
    public FollowUp link(long pageId, String board, int id, LinkInput input) {
        PageRef page = access.requireEdit(pageId);
        String boardKey = FollowUpRules.boardKey(board);
        String key = FollowUpRules.issueKey(input == null ? null : input.key());
        FollowUp f = requireOnBoard(page, boardKey, id);
        if (f.jiraState() == FeedbackEnums.JiraState.WAITING) {
            throw PlaybookException.conflict("social-playbook.feedback.waiting-for-jira");
        }
        JiraClient client = gateway.client(page.spaceKey())
                .orElseThrow(() -> PlaybookException.invalid("social-playbook.jira.failure.not-configured"));
        JiraIssue issue;
        try {
            issue = client.getIssue(key)
                    .orElseThrow(() -> PlaybookException.notFound("social-playbook.feedback.issue-not-found", key));
        } catch (JiraException e) {
            throw JiraResource.unavailable(e);
        }
        return store.markLinked(id, issue.key(), issue, time.now());
    }

    /** A person asks to try a waiting or failed follow-up again now. */
    public FollowUpDelivery.Outcome retry(long pageId, String board, int id) {
        PageRef page = access.requireEdit(pageId);
        String boardKey = FollowUpRules.boardKey(board);
        FollowUp f = requireOnBoard(page, boardKey, id);
        if (f.jiraState() != FeedbackEnums.JiraState.WAITING && f.jiraState() != FeedbackEnums.JiraState.FAILED) {
            throw PlaybookException.conflict("social-playbook.feedback.not-waiting");
        }
        store.requestJira(List.of(id), page.spaceKey(), boardKey, f.jiraProject(), f.jiraType(), f.labels(),
                time.now().toEpochMilli());
        return delivery.deliver(id);
    }

    private FollowUp requireOnBoard(PageRef page, String boardKey, int id) {
        return store.followUp(id).filter(f -> f.spaceKey().equals(page.spaceKey()) && f.boardKey().equals(boardKey))
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.feedback.followup-not-found", String.valueOf(id)));
    }
}
