package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.Status;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.platform.TimeSource;

/**
 * Step 2 (create context) for the playbook overview, from the space's goals (three queries, no history). Started once
 * goals exist; in place when there are objectives and every one names who contributes to it and has been measured,
 * so everyone can see their part and how it is going. The percentage is the share of objectives with contributors.
 */
@Named
public class GoalsStepStatus implements StepStatusProvider {
    private final GoalStore store;
    private final TimeSource time;

    @Inject
    public GoalsStepStatus(GoalStore store, TimeSource time) {
        this.store = store;
        this.time = time;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        List<GoalSet> sets = store.setsInSpace(spaceKey);
        if (sets.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        int objectives = 0;
        int withContributors = 0;
        int measured = 0;
        int good = 0;
        int bad = 0;
        for (GoalData data : store.loadAll(sets, false)) {
            Set<Integer> contributed = new HashSet<>();
            data.contributions().forEach(c -> contributed.add(c.objectiveId()));
            for (Objective o : data.objectives()) {
                objectives++;
                if (contributed.contains(o.id())) {
                    withContributors++;
                }
                Status s = GoalRules.status(o, today);
                if (s != Status.NOT_MEASURED) {
                    measured++;
                }
                if (s == Status.ON_TRACK || s == Status.ACHIEVED) {
                    good++;
                } else if (s == Status.AT_RISK || s == Status.OFF_TRACK) {
                    bad++;
                }
            }
        }
        boolean inPlace = objectives > 0 && withContributors == objectives && measured == objectives;
        int percent = objectives == 0 ? 0 : (int) Math.round(100.0 * withContributors / objectives);
        return List.of(new StepStatus(PlaybookStep.CREATE_CONTEXT, inPlace ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED,
                "social-playbook.goals.step-status", List.of(String.valueOf(objectives), String.valueOf(withContributors),
                String.valueOf(good), String.valueOf(bad)), percent));
    }
}
