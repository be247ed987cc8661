package org.socialplaybook.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/** The goals as plain values (the store maps its entities to these; nothing else sees an entity). */
public final class Goals {
    private Goals() {
    }

    /** Who an objective's contribution names. */
    public enum ContributorKind { ROLE, TEAM, PERSON }

    /** How an objective stands: derived from its progress against the time that has passed (see {@link GoalRules}). */
    public enum Status { ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NOT_MEASURED }

    /** The goals of a space under one name; {@code pageId} is the page that owns them (permissions are asked there). */
    public record GoalSet(int id, String spaceKey, String name, long pageId, String matrixName, int version,
                          String updatedBy, @IsoText Instant updatedAt) {
    }

    public record Goal(int id, String title, String description, int rank) {
    }

    /**
     * A measurable objective. {@code current} and {@code measuredAt} are null until the first update; {@code start}
     * is when the period began (the day it was created unless given), {@code due} when the target must be reached.
     */
    public record Objective(int id, int goalId, String title, String unit, double baseline, double target,
                            Double current, @IsoText Instant measuredAt, @IsoText LocalDate start, @IsoText LocalDate due, String activity,
                            String trainingRef, int rank) {
    }

    public record Contribution(int id, int objectiveId, ContributorKind kind, String ref, String how, int rank) {
    }

    /** One recorded value of an objective (its history, oldest first when loaded). */
    public record ValueUpdate(int id, int objectiveId, double amount, String note, String userKey, @IsoText Instant recordedAt) {
    }

    /** Everything a goal set holds, loaded in a constant number of queries. */
    public record GoalData(GoalSet set, List<Goal> goals, List<Objective> objectives, List<Contribution> contributions,
                           List<ValueUpdate> updates) {
        public GoalData {
            goals = List.copyOf(goals);
            objectives = List.copyOf(objectives);
            contributions = List.copyOf(contributions);
            updates = List.copyOf(updates);
        }

        public List<Objective> objectivesOf(int goalId) {
            return objectives.stream().filter(o -> o.goalId() == goalId).toList();
        }

        public List<Contribution> contributionsOf(int objectiveId) {
            return contributions.stream().filter(c -> c.objectiveId() == objectiveId).toList();
        }
    }
}
