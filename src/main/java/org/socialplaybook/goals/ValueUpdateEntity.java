package org.socialplaybook.goals;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** One update of an objective's current value: the amount, an optional note, who recorded it and when (the trend). */
@Preload
@Table("GoalUpdate")
public interface ValueUpdateEntity extends Entity {
    String SET_ID = "SET_ID";
    String OBJECTIVE_ID = "OBJECTIVE_ID";
    String AMOUNT = "AMOUNT";
    String NOTE = "NOTE";
    String USER_KEY = "USER_KEY";
    String RECORDED_AT = "RECORDED_AT";

    @Indexed
    int getSetId();

    void setSetId(int setId);

    @Indexed
    int getObjectiveId();

    void setObjectiveId(int objectiveId);

    @NotNull
    Double getAmount();

    void setAmount(Double amount);

    String getNote();

    void setNote(String note);

    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getRecordedAt();

    void setRecordedAt(Date recordedAt);
}
