package org.socialplaybook.training;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A training programme: one per space and key ({@code PROGRAMME_KEY} = space key + ":" + lower-case key). Its
 * audience, due rule and trainer come from the macro's parameters on the page that owns it; its modules are rows of
 * {@link ModuleEntity}. {@code VERSION} guards module changes (optimistic locking).
 */
@Preload
@Table("TrnProgramme")
public interface ProgrammeEntity extends Entity {
    String PROGRAMME_KEY = "PROGRAMME_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String CODE = "CODE";
    String TITLE = "TITLE";
    String PAGE_ID = "PAGE_ID";
    String VERSION = "VERSION";
    String AUDIENCE_USERS = "AUDIENCE_USERS";
    String AUDIENCE_GROUPS = "AUDIENCE_GROUPS";
    String ROLE_MATRIX = "ROLE_MATRIX";
    String AUDIENCE_ROLES = "AUDIENCE_ROLES";
    String TEAMS = "TEAMS";
    String DUE_ON = "DUE_ON";
    String DUE_DAYS = "DUE_DAYS";
    String TRAINER_KEY = "TRAINER_KEY";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String TRASHED = "TRASHED";

    @NotNull
    @Unique
    @StringLength(450)
    String getProgrammeKey();

    void setProgrammeKey(String programmeKey);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getCode();

    void setCode(String code);

    @NotNull
    String getTitle();

    void setTitle(String title);

    long getPageId();

    void setPageId(long pageId);

    int getVersion();

    void setVersion(int version);

    /** User keys, comma-separated (never compared in SQL). */
    @StringLength(StringLength.UNLIMITED)
    String getAudienceUsers();

    void setAudienceUsers(String audienceUsers);

    @StringLength(StringLength.UNLIMITED)
    String getAudienceGroups();

    void setAudienceGroups(String audienceGroups);

    String getRoleMatrix();

    void setRoleMatrix(String roleMatrix);

    /** Role names, one per line (names may contain commas). */
    @StringLength(StringLength.UNLIMITED)
    String getAudienceRoles();

    void setAudienceRoles(String audienceRoles);

    /** Groups offered as "team" filters of the people grid, comma-separated. */
    @StringLength(StringLength.UNLIMITED)
    String getTeams();

    void setTeams(String teams);

    Date getDueOn();

    void setDueOn(Date dueOn);

    Integer getDueDays();

    void setDueDays(Integer dueDays);

    String getTrainerKey();

    void setTrainerKey(String trainerKey);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** True while the programme's page is in the trash: left out of the overview, "my training" and reports. */
    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);
}
