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
 * When a person joined a programme's audience (directly, through a group or through a role) and, once they left it,
 * when. "Due N days after being assigned" counts from {@code ASSIGNED_AT}; rejoining starts a new assignment.
 */
@Preload
@Table("TrnAssignment")
public interface AssignmentEntity extends Entity {
    String ASSIGN_KEY = "ASSIGN_KEY";
    String PROGRAMME_ID = "PROGRAMME_ID";
    String USER_KEY = "USER_KEY";
    String ASSIGNED_AT = "ASSIGNED_AT";
    String REMOVED_AT = "REMOVED_AT";

    @NotNull
    @Unique
    @StringLength(450)
    String getAssignKey();

    void setAssignKey(String assignKey);

    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getAssignedAt();

    void setAssignedAt(Date assignedAt);

    Date getRemovedAt();

    void setRemovedAt(Date removedAt);
}
