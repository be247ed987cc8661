package org.socialplaybook.training;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A learner's check-in after completing the programme: confidence 1-5, an optional comment, "needs help".
 * {@code FLAGGED} ones (low confidence or help asked) need a follow-up: {@code FOLLOW_UP_ID} is the feedback board's
 * follow-up once recorded; {@code HANDLED_BY}/{@code HANDLED_AT} when a trainer closed it in the tracker.
 */
@Preload
@Table("TrnCheckin")
@Indexes(@Index(name = "trn_checkin_user", methodNames = {"getProgrammeId", "getUserKey"}))
public interface CheckinEntity extends Entity {
    String PROGRAMME_ID = "PROGRAMME_ID";
    String USER_KEY = "USER_KEY";
    String CONFIDENCE = "CONFIDENCE";
    String NEEDS_HELP = "NEEDS_HELP";
    String REMARK = "REMARK";
    String CREATED_AT = "CREATED_AT";
    String FLAGGED = "FLAGGED";
    String FOLLOW_UP_ID = "FOLLOW_UP_ID";
    String HANDLED_BY = "HANDLED_BY";
    String HANDLED_AT = "HANDLED_AT";

    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    int getConfidence();

    void setConfidence(int confidence);

    boolean isNeedsHelp();

    void setNeedsHelp(boolean needsHelp);

    @StringLength(StringLength.UNLIMITED)
    String getRemark();

    void setRemark(String remark);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @Indexed
    boolean isFlagged();

    void setFlagged(boolean flagged);

    Long getFollowUpId();

    void setFollowUpId(Long followUpId);

    String getHandledBy();

    void setHandledBy(String handledBy);

    Date getHandledAt();

    void setHandledAt(Date handledAt);
}
