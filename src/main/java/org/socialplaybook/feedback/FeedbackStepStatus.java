package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.platform.TimeSource;

/**
 * Step 5 in the overview: not started without follow-ups; started while some are open (how many, how many
 * overdue); in place when follow-ups exist and none is overdue. The percentage is the share done.
 */
@Named
public class FeedbackStepStatus implements StepStatusProvider {
    private final FeedbackStore store;
    private final TimeSource time;

    @Inject
    public FeedbackStepStatus(FeedbackStore store, TimeSource time) {
        this.store = store;
        this.time = time;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        List<FollowUp> all = store.followUpsInSpace(spaceKey);
        if (all.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        long open = all.stream().filter(FollowUp::open).count();
        long overdue = all.stream().filter(f -> f.overdue(today)).count();
        long done = all.size() - open;
        int percent = (int) Math.round(100.0 * done / all.size());
        StepStatus.State state = overdue == 0 ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED;
        return List.of(new StepStatus(PlaybookStep.FEEDBACK, state, "social-playbook.feedback.step-status",
                List.of(String.valueOf(open), String.valueOf(overdue), String.valueOf(done)), percent));
    }
}
