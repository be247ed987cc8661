package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.platform.TimeSource;

/**
 * Step 7 on the overview: not started without sources or headlines; in place when the Monday digest is on and
 * headlines came in during the last {@value #RECENT_DAYS} days; started otherwise. Three queries.
 */
@Named
public class NewsStepStatus implements StepStatusProvider {
    static final int RECENT_DAYS = 14;

    private final NewsStore store;
    private final TimeSource time;

    @Inject
    public NewsStepStatus(NewsStore store, TimeSource time) {
        this.store = store;
        this.time = time;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        int sources = store.sources(spaceKey).size();
        int recent = store.countHeadlinesSince(spaceKey, time.now().minus(Duration.ofDays(RECENT_DAYS)));
        if (sources == 0 && recent == 0 && store.headlines(spaceKey, null, 1).isEmpty()) {
            return List.of();
        }
        boolean on = store.settings(spaceKey).map(DigestSettings::enabled).orElse(false);
        StepStatus.State state = on && recent > 0 ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED;
        String key = on ? "social-playbook.news.step.summary-on" : "social-playbook.news.step.summary-off";
        return List.of(new StepStatus(PlaybookStep.STAY_INFORMED, state, key,
                List.of(String.valueOf(sources), String.valueOf(recent), String.valueOf(RECENT_DAYS)), -1));
    }
}
