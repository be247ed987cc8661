package org.socialplaybook.goals;

import java.util.List;

/** The JSON bodies the goals' REST API accepts (unknown fields are refused). Every change carries the version it was made on. */
public final class GoalRequests {
    private GoalRequests() {
    }

    /** Add or change a goal. */
    public record GoalBody(String title, String description, Integer version) {
    }

    /** A new order: every goal id of the set (or objective id of a goal), each once. */
    public record OrderBody(List<Integer> ids, Integer version) {
    }

    /**
     * Add or change an objective. Dates are ISO ({@code 2025-12-31}); {@code start} defaults to today. {@code current}
     * (on adding only) records a first value; {@code goalId} (on changing) moves the objective to another goal.
     */
    public record ObjectiveBody(Integer goalId, String title, String unit, Double baseline, Double target, Double current,
                                String start, String due, String activity, String training, Integer version) {
    }

    /** A new current value, with an optional note ("after the Easter campaign"). */
    public record ValueBody(Double value, String note, Integer version) {
    }

    /** Who contributes and how: kind ROLE (ref: role name), TEAM (ref: Confluence group) or PERSON (ref: user key). */
    public record ContributionBody(String kind, String ref, String how, Integer version) {
    }
}
