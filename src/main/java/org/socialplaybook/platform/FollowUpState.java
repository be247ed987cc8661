package org.socialplaybook.platform;

import java.time.Instant;

/**
 * One follow-up as its requester may see it: done or open (and when it was done), and, when it lives in Jira, the
 * issue key and its status as last synced ({@code jiraWaiting}: the issue is still being created). No description,
 * no owner details beyond the key: the requester already knows what they asked.
 */
public record FollowUpState(long id, boolean done, @IsoText Instant doneAt, String ownerKey, String jiraKey, String jiraStatus,
                            boolean jiraWaiting) {
}
