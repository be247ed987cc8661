package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.overview.PlaybookStep;
import org.socialplaybook.overview.StepStatus;
import org.socialplaybook.overview.StepStatusProvider;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.TimeSource;

/**
 * Step 8 on the playbook overview: how many guidelines the space has (on pages the viewer can see) and what share
 * of the acknowledgements they require is done. In place from {@value #IN_PLACE_PERCENT}% (or when the guidelines
 * ask for none); started below. One query for the guidelines, then one count per guideline that asks for
 * acknowledgement (per 2,000 audience members), whatever the number of acknowledgements.
 */
@Named
public class GuidelineStepStatus implements StepStatusProvider {
    static final int IN_PLACE_PERCENT = 80;

    private final GuidelineStore store;
    private final GuidelinePeople people;
    private final PageAccess pageAccess;
    private final TimeSource time;

    @Inject
    public GuidelineStepStatus(GuidelineStore store, GuidelinePeople people, PageAccess pageAccess, TimeSource time) {
        this.store = store;
        this.people = people;
        this.pageAccess = pageAccess;
        this.time = time;
    }

    @Override
    public List<StepStatus> statusFor(String spaceKey) {
        Map<Long, Boolean> visible = new HashMap<>();
        List<Guideline> guidelines = new ArrayList<>();
        for (Guideline g : store.inSpace(spaceKey)) {
            if (g.hasVersion() && visible.computeIfAbsent(g.pageId(), pageAccess::canView)) {
                guidelines.add(g);
            }
        }
        if (guidelines.isEmpty()) {
            return List.of();
        }
        List<Guideline> required = guidelines.stream()
                .filter(g -> g.ackRequired() && !g.audience().isOpen()).toList();
        long audience = 0;
        long acknowledged = 0;
        for (Guideline g : required) {
            java.util.Set<String> members = g.audience().members(people);
            int count = members.isEmpty() ? 0 : store.countCovering(g, members);
            Progress progress = Progress.counted(g, members.size(), count, time.now());
            audience += progress.audience();
            acknowledged += progress.acknowledged();
        }
        int percent = audience == 0 ? -1 : (int) Math.floor(100.0 * acknowledged / audience);
        StepStatus.State state = percent == -1 || percent >= IN_PLACE_PERCENT
                ? StepStatus.State.IN_PLACE : StepStatus.State.STARTED;
        String summaryKey = percent == -1 ? "social-playbook.guidelines.step.summary-no-ack"
                : "social-playbook.guidelines.step.summary";
        return List.of(new StepStatus(PlaybookStep.GUIDELINES, state, summaryKey,
                List.of(String.valueOf(guidelines.size()), String.valueOf(Math.max(percent, 0)),
                        String.valueOf(acknowledged), String.valueOf(audience)), percent));
    }
}
