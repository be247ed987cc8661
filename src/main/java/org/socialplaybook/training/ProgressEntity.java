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
import net.java.ao.schema.Unique;

/**
 * Where one person stands on one module now (the current state; {@link HistoryEntity} keeps every change). One row
 * per programme, module and person ({@code PROGRESS_KEY} is unique); no row means "not started". {@code STATUS} holds
 * a {@link Model.Status} name.
 */
@Preload
@Table("TrnProgress")
@Indexes(@Index(name = "trn_progress_user", methodNames = {"getProgrammeId", "getUserKey"}))
public interface ProgressEntity extends Entity {
    String PROGRESS_KEY = "PROGRESS_KEY";
    String PROGRAMME_ID = "PROGRAMME_ID";
    String MODULE_ID = "MODULE_ID";
    String USER_KEY = "USER_KEY";
    String STATUS = "STATUS";
    String STARTED_AT = "STARTED_AT";
    String COMPLETED_AT = "COMPLETED_AT";
    String CHANGED_BY = "CHANGED_BY";
    String CHANGED_AT = "CHANGED_AT";
    String NOTE = "NOTE";

    @NotNull
    @Unique
    @StringLength(450)
    String getProgressKey();

    void setProgressKey(String progressKey);

    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @Indexed
    int getModuleId();

    void setModuleId(int moduleId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getStatus();

    void setStatus(String status);

    Date getStartedAt();

    void setStartedAt(Date startedAt);

    Date getCompletedAt();

    void setCompletedAt(Date completedAt);

    String getChangedBy();

    void setChangedBy(String changedBy);

    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @StringLength(450)
    String getNote();

    void setNote(String note);
}
