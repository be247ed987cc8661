package org.socialplaybook.feedback;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.jira.JiraClient;
import org.socialplaybook.jira.JiraException;
import org.socialplaybook.jira.JiraFailure;
import org.socialplaybook.jira.JiraGateway;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.jira.NewIssue;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Languages;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.TimeSource;

/**
 * The outbox towards Jira. A follow-up is saved first (WAITING); this then creates its issue, at most once:
 * it holds a cluster-wide lease while it works, looks for the follow-up's marker label in Jira before creating
 * (an earlier attempt may have created the issue and lost the answer), and on any failure records the reason and
 * the time of the next attempt (exponential backoff, Retry-After honoured). The scheduled job calls
 * {@link #deliverDue}; a person's "create in Jira" calls {@link #deliver} right away.
 */
@Named
public class FollowUpDelivery {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpDelivery.class);
    /** Longer than the slowest attempt (three calls at the request timeout), so a live holder never loses it. */
    static final long LEASE_MS = Duration.ofMinutes(2).toMillis();

    private final FeedbackStore store;
    private final JiraGateway gateway;
    private final TimeSource time;
    private final People people;
    private final ApplicationProperties application;
    private final Languages languages;

    @Inject
    public FollowUpDelivery(FeedbackStore store, JiraGateway gateway, TimeSource time, People people,
                            @ComponentImport ApplicationProperties application, Languages languages) {
        this.store = store;
        this.gateway = gateway;
        this.time = time;
        this.people = people;
        this.application = application;
        this.languages = languages;
    }

    /** What one delivery attempt did. {@code busy}: someone else holds the follow-up right now. */
    public record Outcome(int followUpId, String jiraKey, JiraFailure failure, boolean busy) {
        public boolean linked() {
            return jiraKey != null;
        }
    }

    /** Delivers every due outbox row (at most {@code limit}); a space whose Jira is down is skipped after its first failure. */
    public List<Outcome> deliverDue(int limit) {
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, JiraFailure> downSpaces = new HashMap<>();
        Map<JiraFailure, List<Integer>> skipped = new HashMap<>();
        for (FollowUp f : store.followUps(store.dueForJira(time.now().toEpochMilli(), limit))) {
            JiraFailure down = downSpaces.get(f.spaceKey());
            if (down != null) {
                if (f.lastError() == null) {
                    skipped.computeIfAbsent(down, k -> new ArrayList<>()).add(f.id());
                }
                continue;
            }
            Outcome outcome = deliver(f.id());
            outcomes.add(outcome);
            if (outcome.failure() != null && outcome.failure() != JiraFailure.REJECTED
                    && outcome.failure() != JiraFailure.NOT_FOUND) {
                downSpaces.put(f.spaceKey(), outcome.failure());
            }
        }
        // never tried because their space's Jira just failed: they say why they still wait
        skipped.forEach((failure, ids) -> store.noteWaitingReason(ids, failure.i18nKey()));
        return outcomes;
    }

    public Outcome deliver(int followUpId) {
        String holder = UUID.randomUUID().toString();
        if (!store.claim(followUpId, holder, time.now().toEpochMilli(), LEASE_MS)) {
            return new Outcome(followUpId, null, null, true);
        }
        try {
            Optional<FollowUp> found = store.followUp(followUpId);
            if (found.isEmpty() || found.get().jiraState() != JiraState.WAITING) {
                return new Outcome(followUpId, found.map(FollowUp::jiraKey).orElse(null), null, false);
            }
            FollowUp f = found.get();
            try {
                JiraClient client = gateway.require(f.spaceKey());
                Optional<JiraIssue> earlier = client.issuesWithLabel(f.marker()).stream()
                        .min(Comparator.comparingLong(i -> number(i.key())));
                String key;
                if (earlier.isPresent()) {
                    key = earlier.get().key();
                    LOG.info("Follow-up {} was already in Jira as {} (found by its marker)", followUpId, key);
                } else {
                    key = create(client, f);
                    LOG.info("Follow-up {} created in Jira as {}", followUpId, key);
                }
                store.markLinked(followUpId, key, earlier.orElse(null), time.now());
                return new Outcome(followUpId, key, null, false);
            } catch (JiraException e) {
                int attempts = f.attempts() + 1;
                Duration wait = FollowUpRules.backoff(attempts, e.failure(), e.retryAfter());
                boolean forGood = !e.failure().retryable();
                store.markAttemptFailed(followUpId, e.failure().i18nKey(), time.now().plus(wait).toEpochMilli(), forGood);
                LOG.warn("Follow-up {} not in Jira yet: {} (HTTP {}), attempt {}{}", followUpId, e.failure(), e.httpStatus(),
                        attempts, forGood ? ", given up until someone retries" : ", next in " + wait.toSeconds() + " s");
                return new Outcome(followUpId, null, e.failure(), false);
            }
        } finally {
            store.release(followUpId, holder);
        }
    }

    /**
     * Creates the issue with the marker label. If Jira rejects the optional fields (an assignee it cannot assign,
     * a due date not on the create screen), it tries once more without them, the due date moved into the text.
     */
    private String create(JiraClient client, FollowUp f) {
        List<String> labels = new ArrayList<>(f.labels());
        labels.add(f.marker());
        String assignee = assignee(client, f.ownerKey());
        Text text = languages.text(gateway.issueLanguage(f.spaceKey()));
        String summary = f.titleIn(text);
        try {
            return client.createIssue(new NewIssue(f.jiraProject(), f.jiraType(), summary, description(f, false, text), f.due(),
                    labels, assignee));
        } catch (JiraException e) {
            if (e.failure() != JiraFailure.REJECTED || (assignee == null && f.due() == null)) {
                throw e;
            }
            return client.createIssue(new NewIssue(f.jiraProject(), f.jiraType(), summary, description(f, true, text), null,
                    labels, null));
        }
    }

    private String assignee(JiraClient client, String ownerKey) {
        if (ownerKey == null) {
            return null;
        }
        String username = people.describe(ownerKey).username();
        if (username == null) {
            return null;
        }
        try {
            return client.userExists(username) ? username : null;
        } catch (JiraException e) {
            if (e.failure() == JiraFailure.FORBIDDEN) {
                return null;
            }
            throw e;
        }
    }

    /** The issue's description in the site's language: the follow-up's, then (when it could not be a field) the due day and the way back. */
    private String description(FollowUp f, boolean withDue, Text language) {
        StringBuilder text = new StringBuilder();
        String description = f.descriptionIn(language);
        if (description != null) {
            text.append(description).append("\n\n");
        }
        if (withDue && f.due() != null) {
            text.append(language.message("social-playbook.feedback.jira.issue-due", f.due().toString())).append("\n\n");
        }
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        String page = f.pageId() > 0 ? base + "/pages/viewpage.action?pageId=" + f.pageId() : base + "/display/" + f.spaceKey();
        text.append(language.message("social-playbook.feedback.jira.issue-link", page));
        return text.toString();
    }

    private static long number(String key) {
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** For the overview and tests: how many follow-ups wait for Jira. */
    public int waiting() {
        return store.waitingCount();
    }

    Instant now() {
        return time.now();
    }
}
