package org.socialplaybook.feedback;

import java.time.Instant;
import org.socialplaybook.feedback.FeedbackEnums.Kind;
import org.socialplaybook.feedback.FeedbackEnums.Subject;
import org.socialplaybook.feedback.FeedbackEnums.Visibility;
import org.socialplaybook.platform.IsoText;

/** One piece of feedback. {@code subjectRef} is a user key when the subject is a person. */
public record FeedbackItem(int id, String spaceKey, String boardKey, long pageId, String authorKey, Subject subject,
                           String subjectRef, Kind kind, Visibility visibility, String body, @IsoText Instant createdAt) {
}
