package org.socialplaybook.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.feedback.FeedbackEnums.State;
import org.socialplaybook.platform.IsoText;

/** A follow-up action as the rest of the capability sees it (entities never leave the store). */
public record FollowUp(int id, String spaceKey, String boardKey, long pageId, String title, String description,
                       String ownerKey, @IsoText LocalDate due, String authorKey, String subjectKey, int feedbackId,
                       State state, @IsoText Instant createdAt, @IsoText Instant doneAt, boolean doneByJira,
                       JiraState jiraState, String jiraKey, String jiraProject, String jiraType, List<String> labels,
                       String marker, int attempts, @IsoText Instant nextTry, String lastError,
                       String jiraStatus, String jiraStatusCategory, String jiraAssignee, String jiraResolution,
                       @IsoText Instant syncedAt, int version) {
    public FollowUp {
        labels = List.copyOf(labels);
    }

    public boolean open() {
        return state == State.OPEN;
    }

    /**
     * Raised by another capability on someone's behalf (a training check-in, a team-card request): such a follow-up
     * belongs to the space's board, not to a page, and tells about the person it came from (how confident they
     * feel, what they asked the team).
     */
    public boolean raisedElsewhere() {
        return pageId == 0;
    }

    public boolean overdue(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }
}
