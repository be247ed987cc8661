package org.socialplaybook.guidelines;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/**
 * One person's standing on one guideline, from their acknowledgements (append-only history) and the guideline's
 * policy: not acknowledged, acknowledged (the latest acknowledgement that covers the current version), or changed
 * since they acknowledged (they accepted an earlier version). Pending people past the due date are overdue.
 */
public record ReaderStatus(State state, Acknowledgement covering, Acknowledgement latest, @IsoText Instant due, boolean overdue) {
    public enum State { NOT_ACKNOWLEDGED, ACKNOWLEDGED, CHANGED }

    /** {@code acknowledgements}: this person's, for this guideline, in any order. */
    public static ReaderStatus of(Guideline guideline, List<Acknowledgement> acknowledgements, Instant now) {
        Comparator<Acknowledgement> byTime = Comparator.comparing(Acknowledgement::acknowledgedAt)
                .thenComparingInt(Acknowledgement::id);
        Acknowledgement latest = acknowledgements.stream().max(byTime).orElse(null);
        Acknowledgement covering = acknowledgements.stream().filter(guideline::isSatisfiedBy).max(byTime).orElse(null);
        State state = covering != null ? State.ACKNOWLEDGED : latest != null ? State.CHANGED : State.NOT_ACKNOWLEDGED;
        Instant due = guideline.due();
        boolean overdue = state != State.ACKNOWLEDGED && due != null && now.isAfter(due);
        return new ReaderStatus(state, covering, latest, due, overdue);
    }

    public boolean pending() {
        return state != State.ACKNOWLEDGED;
    }
}
