package org.socialplaybook.goals;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A measurable objective of a goal: unit, baseline, target, the current value (null until first measured) and when
 * it was measured, the period from {@code START_ON} to {@code DUE_ON}, and optionally the role-matrix activity and the
 * training programme (its key, checked with the training tracker when saved) that serve it.
 */
@Preload
@Table("GoalObjective")
public interface ObjectiveEntity extends Entity {
    String SET_ID = "SET_ID";
    String GOAL_ID = "GOAL_ID";
    String TITLE = "TITLE";
    String UNIT = "UNIT";
    String BASELINE = "BASELINE";
    String TARGET = "TARGET";
    String CURRENT_VALUE = "CURRENT_VALUE";
    String MEASURED_AT = "MEASURED_AT";
    String START_ON = "START_ON";
    String DUE_ON = "DUE_ON";
    String ACTIVITY = "ACTIVITY";
    String TRAINING_REF = "TRAINING_REF";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getSetId();

    void setSetId(int setId);

    @Indexed
    int getGoalId();

    void setGoalId(int goalId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    String getUnit();

    void setUnit(String unit);

    @NotNull
    Double getBaseline();

    void setBaseline(Double baseline);

    @NotNull
    Double getTarget();

    void setTarget(Double target);

    Double getCurrentValue();

    void setCurrentValue(Double currentValue);

    Date getMeasuredAt();

    void setMeasuredAt(Date measuredAt);

    Date getStartOn();

    void setStartOn(Date startOn);

    Date getDueOn();

    void setDueOn(Date dueOn);

    String getActivity();

    void setActivity(String activity);

    String getTrainingRef();

    void setTrainingRef(String trainingRef);

    int getSortRank();

    void setSortRank(int sortRank);
}
