package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialplaybook.platform.FollowUpIntake;
import org.socialplaybook.platform.FollowUpRequest;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;

/** The feedback capability's answer to {@link FollowUpIntake}: validated, recorded once per source. */
@Named
public class FollowUpIntakeService implements FollowUpIntake {
    static final String SYSTEM_AUTHOR = "social-playbook";

    private final FeedbackStore store;
    private final TimeSource time;

    @Inject
    public FollowUpIntakeService(FeedbackStore store, TimeSource time) {
        this.store = store;
        this.time = time;
    }

    @Override
    public long submit(FollowUpRequest r) {
        if (r == null || r.spaceKey() == null || r.spaceKey().isBlank()) {
            throw PlaybookException.invalid("social-playbook.feedback.intake-invalid");
        }
        String sourceType = FollowUpRules.text("sourceType", r.sourceType(), 60, true);
        String sourceId = FollowUpRules.text("sourceId", r.sourceId(), 120, true);
        String board = FollowUpRules.boardKey(r.boardKey());
        String title = FollowUpRules.title(r.title());
        String description = FollowUpRules.text("description", r.description(), FollowUpRules.MAX_DESCRIPTION, false);
        String author = r.authorKey() == null || r.authorKey().isBlank() ? SYSTEM_AUTHOR : r.authorKey();
        return store.createFromSource(new NewFollowUp(r.spaceKey(), board, 0, title, description, r.ownerKey(), r.due(),
                author, null, -1, sourceType + ":" + sourceId, r.titleText(), r.descriptionText()), time.now());
    }

    @Override
    public void linkSource(long followUpId, String sourceType, String sourceId) {
        store.linkSource((int) followUpId, sourceType + ":" + sourceId);
    }
}
