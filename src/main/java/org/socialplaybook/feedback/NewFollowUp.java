package org.socialplaybook.feedback;

import java.time.LocalDate;

/** A validated follow-up about to be saved. */
public record NewFollowUp(String spaceKey, String boardKey, long pageId, String title, String description,
                          String ownerKey, LocalDate due, String authorKey, String subjectKey, int feedbackId,
                          String sourceRef) {
}
