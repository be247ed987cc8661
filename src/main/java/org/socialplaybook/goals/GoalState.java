package org.socialplaybook.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.TrainingProgrammes.ProgrammeSummary;

/** The goals as their script and REST clients see them (JSON). Text is data; the page escapes it. */
public final class GoalState {
    private GoalState() {
    }

    /** The role matrix the goals name: whether it exists, and (for editors) its roles and activities to choose from. */
    public record MatrixInfo(String name, boolean exists, List<String> roles, List<String> activities) {
    }

    public record HistoryView(double value, String note, String by, @IsoText Instant at) {
    }

    /** {@code label}: the role or team name, or the person's display name; {@code people}: who holds a role now. */
    public record ContributionView(int id, String kind, String ref, String label, String how, List<String> people) {
    }

    /**
     * {@code training}: the programme's key as stored; {@code programme}: that programme now (title, page, percent
     * complete, the percentage null for a reader who may not edit the programme's page), null when it is not (or no
     * longer) one the reader can find.
     */
    public record ObjectiveView(int id, int goalId, String title, String unit, double baseline, double target, Double current,
                                @IsoText LocalDate start, @IsoText LocalDate due, String activity, String training, ProgrammeSummary programme,
                                String status, int percent, List<ContributionView> contributions, List<HistoryView> history) {
    }

    public record GoalView(int id, String title, String description, String status, int percent, List<ObjectiveView> objectives) {
    }

    /** "Why am I doing this": an objective the viewer's roles, teams or the viewer in person contribute to, and how. */
    public record WhyView(int objectiveId, String goal, String objective, String kind, String via, String how, String status) {
    }

    public record GoalSetState(int id, String name, long pageId, int version, boolean canEdit, boolean loggedIn,
                               MatrixInfo matrix, List<GoalView> goals, List<WhyView> mine, String updatedBy) {
    }

    /** An objective as the edit dialogs need it. */
    public record EditObjective(int id, int goalId, String title, String unit, double baseline, double target, Double current,
                                @IsoText LocalDate start, @IsoText LocalDate due, String activity, String training) {
    }

    public record EditGoal(int id, String title, String description, List<EditObjective> objectives) {
    }

    /**
     * What the page's script needs, written into the macro's data-state: the version every change carries and, for
     * editors only, the fields the dialogs edit, the role matrix's roles and activities and the space's training
     * programmes to choose from.
     */
    public record PageState(int id, int version, boolean canEdit, MatrixInfo matrix, List<EditGoal> goals,
                            List<ProgrammeSummary> programmes) {
    }
}
