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
 * One status change, never updated or deleted: who changed whose status on which module, to what, when, how
 * ({@code SOURCE}: a {@link Model.Source} name) and why. The module's title is kept as it was.
 */
@Preload
@Table("TrnHistory")
@Indexes(@Index(name = "trn_history_user", methodNames = {"getProgrammeId", "getUserKey"}))
public interface HistoryEntity extends Entity {
    String PROGRAMME_ID = "PROGRAMME_ID";
    String MODULE_ID = "MODULE_ID";
    String MODULE_TITLE = "MODULE_TITLE";
    String USER_KEY = "USER_KEY";
    String STATUS = "STATUS";
    String DONE_ON = "DONE_ON";
    String ACTOR_KEY = "ACTOR_KEY";
    String CHANGED_AT = "CHANGED_AT";
    String SOURCE = "SOURCE";
    String NOTE = "NOTE";

    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    int getModuleId();

    void setModuleId(int moduleId);

    String getModuleTitle();

    void setModuleTitle(String moduleTitle);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getStatus();

    void setStatus(String status);

    /** The completion date recorded with a completion (may be earlier than the change, e.g. a session). */
    Date getDoneOn();

    void setDoneOn(Date doneOn);

    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @NotNull
    String getSource();

    void setSource(String source);

    @StringLength(450)
    String getNote();

    void setNote(String note);
}
