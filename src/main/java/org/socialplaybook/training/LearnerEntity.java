package org.socialplaybook.training;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person in one programme: when they joined its audience (directly, through a group or a role) and, once they
 * left it, when; and {@code STATES}, a compact copy of their current module states (see {@link LearnerStates}) that
 * is rewritten in the same transaction as every change to their {@link ProgressEntity} rows. Reports read one row
 * per learner instead of one per learner and module: a programme of 5,000 learners by 20 modules is 5,000 rows.
 * "Due N days after being assigned" counts from {@code ASSIGNED_AT} (null: never assigned, e.g. someone who took the
 * modules voluntarily); rejoining starts a new assignment.
 */
@Preload
@Table("TrnLearner")
public interface LearnerEntity extends Entity {
    String LEARNER_KEY = "LEARNER_KEY";
    String PROGRAMME_ID = "PROGRAMME_ID";
    String USER_KEY = "USER_KEY";
    String ASSIGNED_AT = "ASSIGNED_AT";
    String REMOVED_AT = "REMOVED_AT";
    String STATES = "STATES";

    @NotNull
    @Unique
    @StringLength(450)
    String getLearnerKey();

    void setLearnerKey(String learnerKey);

    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    Date getAssignedAt();

    void setAssignedAt(Date assignedAt);

    Date getRemovedAt();

    void setRemovedAt(Date removedAt);

    /** Never compared or indexed: read and written whole. */
    @StringLength(StringLength.UNLIMITED)
    String getStates();

    void setStates(String states);
}
