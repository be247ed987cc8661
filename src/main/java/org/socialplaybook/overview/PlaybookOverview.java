package org.socialplaybook.overview;

import java.util.List;

/** The eight steps' status in one space, in playbook order, and how many are in place. */
public record PlaybookOverview(String spaceKey, List<StepStatus> steps) {
    public PlaybookOverview {
        steps = List.copyOf(steps);
    }

    public long inPlace() {
        return steps.stream().filter(s -> s.state() == StepStatus.State.IN_PLACE).count();
    }

    public long started() {
        return steps.stream().filter(s -> s.state() == StepStatus.State.STARTED).count();
    }

    public int percentInPlace() {
        return steps.isEmpty() ? 0 : (int) Math.round(100.0 * inPlace() / steps.size());
    }
}
