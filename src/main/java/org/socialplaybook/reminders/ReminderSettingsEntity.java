package org.socialplaybook.reminders;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A space's reminder settings ({@link ReminderSettings}); VERSION is the optimistic lock. */
@Preload
@Table("RemindCfg")
public interface ReminderSettingsEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String ENABLED = "ENABLED";
    String AFTER_DAYS = "AFTER_DAYS";
    String EVERY_DAYS = "EVERY_DAYS";
    String QUIET_WEEKENDS = "QUIET_WEEKENDS";
    String ESCALATE_DAYS = "ESCALATE_DAYS";
    String REMIND_GROUPS = "REMIND_GROUPS";
    String VERSION = "VERSION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    boolean isEnabled();

    void setEnabled(boolean enabled);

    int getAfterDays();

    void setAfterDays(int afterDays);

    int getEveryDays();

    void setEveryDays(int everyDays);

    boolean isQuietWeekends();

    void setQuietWeekends(boolean quietWeekends);

    int getEscalateDays();

    void setEscalateDays(int escalateDays);

    /** Group names, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getRemindGroups();

    void setRemindGroups(String remindGroups);

    int getVersion();

    void setVersion(int version);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
