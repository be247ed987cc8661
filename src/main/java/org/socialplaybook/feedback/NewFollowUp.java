package org.socialplaybook.feedback;

import java.time.LocalDate;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.IsoText;

/** A validated follow-up about to be saved; {@code titleText} / {@code descriptionText} null for typed texts. */
public record NewFollowUp(String spaceKey, String boardKey, long pageId, String title, String description,
                          String ownerKey, @IsoText LocalDate due, String authorKey, String subjectKey, int feedbackId,
                          String sourceRef, GeneratedText titleText, GeneratedText descriptionText) {
    /** A follow-up whose texts someone typed. */
    public NewFollowUp(String spaceKey, String boardKey, long pageId, String title, String description,
                       String ownerKey, LocalDate due, String authorKey, String subjectKey, int feedbackId,
                       String sourceRef) {
        this(spaceKey, boardKey, pageId, title, description, ownerKey, due, authorKey, subjectKey, feedbackId,
                sourceRef, null, null);
    }
}
