package org.socialplaybook.feedback;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.socialplaybook.jira.JiraClient;
import org.socialplaybook.jira.JiraException;
import org.socialplaybook.jira.JiraFailure;
import org.socialplaybook.jira.JiraGateway;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.jira.JiraStatusCache;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.PluginKeys;
import org.socialplaybook.platform.TimeSource;

/**
 * Live Jira status for linked follow-ups: statuses come from the brief cache; the ones missing (or all, on
 * "refresh") are fetched in bulk, {@link JiraClient#SEARCH_CHUNK} keys per search request, only the board's
 * fields. What changed is stored on the follow-up (so a page shows the last known status when Jira is slow or
 * down), and a resolved issue marks its follow-up done.
 */
@Named
public class JiraStatusSync {
    private final FeedbackStore store;
    private final JiraGateway gateway;
    private final JiraStatusCache statuses;
    private final TimeSource time;
    private final Cache<String, Long> lastSynced;

    @Inject
    public JiraStatusSync(FeedbackStore store, JiraGateway gateway, JiraStatusCache statuses, TimeSource time,
                          @ComponentImport CacheManager cacheManager) {
        this.store = store;
        this.gateway = gateway;
        this.statuses = statuses;
        this.time = time;
        this.lastSynced = cacheManager.getCache(PluginKeys.PLUGIN_KEY + ":board-synced", null,
                new CacheSettingsBuilder().expireAfterWrite(1, TimeUnit.DAYS).maxEntries(10_000).remote().replicateViaCopy().build());
    }

    /** The outcome: Jira's answer by key, the failure (null when fine) and how many search requests it took. */
    public record Result(Map<String, JiraIssue> issues, JiraFailure failure, int requests, @IsoText Instant syncedAt) {
    }

    /** Cached statuses only: what a page render may show without calling Jira. */
    public Map<String, JiraIssue> cached(String spaceKey, List<FollowUp> followUps) {
        Map<String, JiraIssue> found = new LinkedHashMap<>();
        for (FollowUp f : followUps) {
            if (f.jiraKey() != null) {
                JiraIssue issue = statuses.get(spaceKey, f.jiraKey());
                if (issue != null) {
                    found.put(f.jiraKey(), issue);
                }
            }
        }
        return found;
    }

    /** When this board's statuses were last fetched from Jira (cluster-wide cache, else the newest stored snapshot). */
    public Optional<Instant> lastSynced(String spaceKey, String boardKey, List<FollowUp> followUps) {
        Long millis = lastSynced.get(spaceKey + "/" + boardKey);
        if (millis != null) {
            return Optional.of(Instant.ofEpochMilli(millis));
        }
        return followUps.stream().map(FollowUp::syncedAt).filter(Objects::nonNull).max(Instant::compareTo);
    }

    public Result sync(String spaceKey, String boardKey, List<FollowUp> followUps, boolean force) {
        Map<String, JiraIssue> issues = force ? new LinkedHashMap<>() : cached(spaceKey, followUps);
        List<String> toFetch = new ArrayList<>();
        for (FollowUp f : followUps) {
            if (f.jiraKey() != null && !issues.containsKey(f.jiraKey()) && !toFetch.contains(f.jiraKey())) {
                toFetch.add(f.jiraKey());
            }
        }
        if (toFetch.isEmpty()) {
            return new Result(issues, null, 0, lastSynced(spaceKey, boardKey, followUps).orElse(null));
        }
        int requests = FollowUpRules.chunks(toFetch.size(), JiraClient.SEARCH_CHUNK);
        Map<String, JiraIssue> fetched;
        try {
            fetched = gateway.require(spaceKey).issuesByKey(toFetch);
        } catch (JiraException e) {
            return new Result(issues, e.failure(), requests, lastSynced(spaceKey, boardKey, followUps).orElse(null));
        }
        Instant now = time.now();
        fetched.values().forEach(issue -> statuses.put(spaceKey, issue));
        issues.putAll(fetched);
        Map<Integer, JiraIssue> changed = new LinkedHashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (FollowUp f : followUps) {
            if (f.jiraKey() == null || !toFetch.contains(f.jiraKey())) {
                continue;
            }
            JiraIssue issue = fetched.get(f.jiraKey());
            if (issue == null) {
                if (!"missing".equals(f.jiraStatusCategory())) {
                    missing.add(f.id());
                }
            } else if (differs(f, issue)) {
                changed.put(f.id(), issue);
            }
        }
        store.applySnapshots(changed, missing, now);
        lastSynced.put(spaceKey + "/" + boardKey, now.toEpochMilli());
        return new Result(issues, null, requests, now);
    }

    private static boolean differs(FollowUp f, JiraIssue issue) {
        return f.syncedAt() == null || !Objects.equals(f.jiraStatus(), issue.status())
                || !Objects.equals(f.jiraStatusCategory(), issue.statusCategory())
                || !Objects.equals(f.jiraAssignee(), issue.assigneeDisplayName())
                || !Objects.equals(f.jiraResolution(), issue.resolution())
                || (f.open() && issue.resolved()) || (!f.open() && f.doneByJira() && !issue.resolved());
    }

    /** The scheduled job: refreshes every space's open linked follow-ups (cache misses only). */
    public int syncOpenLinked(int spaceLimit) {
        int requests = 0;
        for (String spaceKey : store.spacesWithLinkedOpen(spaceLimit)) {
            if (gateway.client(spaceKey).isEmpty()) {
                continue;
            }
            Map<String, List<FollowUp>> byBoard = new LinkedHashMap<>();
            for (FollowUp f : store.linkedOpen(spaceKey)) {
                byBoard.computeIfAbsent(f.boardKey(), b -> new ArrayList<>()).add(f);
            }
            for (Map.Entry<String, List<FollowUp>> board : byBoard.entrySet()) {
                Result result = sync(spaceKey, board.getKey(), board.getValue(), false);
                requests += result.requests();
                if (result.failure() != null) {
                    break;
                }
            }
        }
        return requests;
    }
}
