package org.socialplaybook.jira;

import java.io.Serializable;

/**
 * A Jira issue as the board shows it: status (and its category: new / indeterminate / done), assignee,
 * resolution. Serializable: it travels in the cluster-wide status cache.
 */
public record JiraIssue(String key, String summary, String status, String statusCategory, String assigneeName,
                        String assigneeDisplayName, String resolution, String url) implements Serializable {
    private static final long serialVersionUID = 1L;

    public boolean resolved() {
        return resolution != null && !resolution.isEmpty();
    }
}
