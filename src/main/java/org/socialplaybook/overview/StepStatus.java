package org.socialplaybook.overview;

import java.util.List;

/**
 * How far one space has put one step in place: a state, a translated one-line summary (key and arguments) and,
 * where it means something, a percentage (acknowledged, completed, …) or -1.
 */
public record StepStatus(PlaybookStep step, State state, String summaryKey, List<String> summaryArguments, int percent) {
    public enum State { NOT_STARTED, STARTED, IN_PLACE }

    public StepStatus {
        summaryArguments = List.copyOf(summaryArguments);
        if (percent < -1 || percent > 100) {
            throw new IllegalArgumentException("percent must be -1 or 0..100: " + percent);
        }
    }

    public static StepStatus notStarted(PlaybookStep step) {
        return new StepStatus(step, State.NOT_STARTED, "social-playbook.overview.not-started", List.of(step.macro()), -1);
    }

    /** The better of two reports on the same step (several capabilities may serve one step). */
    public StepStatus merge(StepStatus other) {
        return other.state.ordinal() >= state.ordinal() ? other : this;
    }
}
