package org.socialplaybook.guidelines;

import java.time.Instant;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/**
 * The JSON (and template model) shapes of guidelines, every user-facing text already translated. Immutable.
 */
public final class GuidelineViews {
    private GuidelineViews() {
    }

    /** A reader's standing on one guideline, as the block shows it and "I have read and accept" answers it. */
    public record ReaderStatusView(String key, int versionId, String state, String stateText, String lozenge,
                                   String message, String dueText, boolean overdue, boolean canAcknowledge,
                                   @IsoText Instant acknowledgedAt, List<WordDiff.Chunk> changes, boolean changesUnknown) {
        public ReaderStatusView {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }

        public boolean hasChanges() {
            return !changes.isEmpty();
        }
    }

    /** The acknowledged / pending / overdue bar: widths out of 100 for an SVG, and a sentence. */
    public record ProgressView(int audience, int acknowledged, int pending, int overdue, int percent, boolean open,
                               String text, int acknowledgedWidth, int overdueWidth) {
        public int overdueX() {
            return acknowledgedWidth;
        }
    }

    /** One person in a report. */
    public record PersonRow(String userKey, String name, String username, String avatarUrl, String state,
                            String stateText, String lozenge, boolean overdue, boolean inAudience,
                            @IsoText Instant acknowledgedAt, String acknowledgedVersion, @IsoText Instant due) {
    }

    /** One acknowledgement in the history. */
    public record HistoryRow(String userKey, String name, int revision, String versionText, @IsoText Instant acknowledgedAt) {
    }

    public record ReportView(String spaceKey, String key, String title, String versionText, ProgressView progress,
                             List<PersonRow> people, List<HistoryRow> history) {
        public ReportView {
            people = List.copyOf(people);
            history = List.copyOf(history);
        }
    }

    /** One guideline waiting for the current user, for {@code my-guidelines}. */
    public record WaitingView(String spaceKey, String key, String title, long pageId, String pageTitle, String url,
                              String level, String levelText, String levelLozenge, String state, String stateText,
                              String stateLozenge, String dueText, boolean overdue, @IsoText Instant due) {
    }

    /** Someone to ask: a named person. */
    public record ContactView(String name, String avatarUrl, String userKey) {
    }

    /** The escalation line: named people, and/or a role of a role matrix with its holders when known. */
    public record EscalationView(List<ContactView> people, String role, String matrix, boolean roleResolved,
                                 List<ContactView> roleHolders) {
        public EscalationView {
            people = List.copyOf(people);
            roleHolders = List.copyOf(roleHolders);
        }

        public boolean hasRole() {
            return role != null;
        }
    }
}
