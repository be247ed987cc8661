package org.socialplaybook.feedback;

import java.time.LocalDate;
import org.socialplaybook.platform.IsoText;

/** A validated follow-up about to be saved. */
public record NewFollowUp(String spaceKey, String boardKey, long pageId, String title, String description,
                          String ownerKey, @IsoText LocalDate due, String authorKey, String subjectKey, int feedbackId,
                          String sourceRef) {
}
