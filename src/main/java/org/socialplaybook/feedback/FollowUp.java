package org.socialplaybook.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.feedback.FeedbackEnums.State;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.Text;

/**
 * A follow-up action as the rest of the capability sees it (entities never leave the store). {@code title} and
 * {@code description} are the words stored; when the plugin wrote them, {@code titleText} / {@code descriptionText}
 * hold them as keys and arguments, for readers in other languages (null otherwise): show them with
 * {@link #titleIn} and {@link #descriptionIn}.
 */
public record FollowUp(int id, String spaceKey, String boardKey, long pageId, String title, String description,
                       String ownerKey, @IsoText LocalDate due, String authorKey, String subjectKey, int feedbackId,
                       State state, @IsoText Instant createdAt, @IsoText Instant doneAt, boolean doneByJira,
                       JiraState jiraState, String jiraKey, String jiraProject, String jiraType, List<String> labels,
                       String marker, int attempts, @IsoText Instant nextTry, String lastError,
                       String jiraStatus, String jiraStatusCategory, String jiraAssignee, String jiraResolution,
                       @IsoText Instant syncedAt, int version, GeneratedText titleText,
                       GeneratedText descriptionText) {
    public FollowUp {
        labels = List.copyOf(labels);
    }

    /** The title in the language of {@code text} (the stored words when the plugin did not write it), at most 200 characters. */
    public String titleIn(Text text) {
        if (titleText == null) {
            return title;
        }
        String rendered = titleText.render(text);
        return rendered.length() <= FollowUpRules.MAX_TITLE ? rendered : rendered.substring(0, FollowUpRules.MAX_TITLE - 1) + "…";
    }

    /** The description in the language of {@code text} (the stored words when the plugin did not write it). */
    public String descriptionIn(Text text) {
        return descriptionText == null ? description : descriptionText.render(text);
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
