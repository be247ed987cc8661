package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.training.Model.Programme;

/**
 * Step 4 for the playbook overview, from the space's programmes (loaded in a constant number of queries): its
 * percentage is the share of required modules completed and still valid (or waived) across every learner of every
 * programme; it is in place when the space has a programme with modules and learners and nobody is overdue or
 * waiting for a refresher; started when there is a programme at all.
 */
@Named
public class TrainingStepStatus implements StepStatusProvider {
    private final TrainingStore store;
    private final TrainingReports reports;

    @Inject
    public TrainingStepStatus(TrainingStore store, TrainingReports reports) {
        this.store = store;
        this.reports = reports;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        List<Programme> programmes = store.programmesInSpace(spaceKey);
        if (programmes.isEmpty()) {
            return List.of();
        }
        long done = 0;
        long counted = 0;
        int behind = 0;
        int learners = 0;
        for (TrainingReports.Snapshot s : reports.snapshots(programmes)) {
            for (TrainingRules.Standing standing : s.standings().values()) {
                done += standing.done();
                counted += standing.counted();
                learners++;
                behind += standing.overdue() || standing.refresherDue() ? 1 : 0;
            }
        }
        int percent = counted == 0 ? 0 : (int) Math.floor(100.0 * done / counted);
        StepStatus.State state = counted > 0 && behind == 0 ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED;
        return List.of(new StepStatus(PlaybookStep.TRAINING, state, "social-playbook.training.status.summary",
                List.of(String.valueOf(percent), String.valueOf(programmes.size()), String.valueOf(learners),
                        String.valueOf(behind)), percent));
    }
}
