package org.socialplaybook.roles;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.socialplaybook.roles.Model.ProposalState;

/** "I'll own this": someone offers to be Accountable for an activity; editors accept or decline. */
@Preload
@Table("RaciProposal")
public interface ProposalEntity extends Entity {
    String MATRIX_ID = "MATRIX_ID";
    String ACTIVITY_ID = "ACTIVITY_ID";
    String USER_KEY = "USER_KEY";
    String STATE = "STATE";
    String CREATED_AT = "CREATED_AT";
    String DECIDED_BY = "DECIDED_BY";
    String DECIDED_AT = "DECIDED_AT";

    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    @Indexed
    int getActivityId();

    void setActivityId(int activityId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    ProposalState getState();

    void setState(ProposalState state);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);
}
