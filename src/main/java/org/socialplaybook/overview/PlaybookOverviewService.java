package org.socialplaybook.overview;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Asks every capability for its steps' status in a space; a step nobody reports on is "not started". */
@Named
public class PlaybookOverviewService {
    private final List<StepStatusProvider> providers;

    @Inject
    public PlaybookOverviewService(List<StepStatusProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    public PlaybookOverview overview(String spaceKey) {
        Map<PlaybookStep, StepStatus> byStep = new EnumMap<>(PlaybookStep.class);
        for (PlaybookStep step : PlaybookStep.values()) {
            byStep.put(step, StepStatus.notStarted(step));
        }
        for (StepStatusProvider provider : providers) {
            for (StepStatus status : provider.statusFor(spaceKey)) {
                byStep.merge(status.step(), status, StepStatus::merge);
            }
        }
        return new PlaybookOverview(spaceKey, new ArrayList<>(byStep.values()));
    }
}
