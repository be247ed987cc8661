package org.socialplaybook.news;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A space's Monday digest settings, set by its administrators: on/off, the time zone of "Monday 07:00", who reads
 * it (people and groups), whether it is mailed, and the hosts feeds may be read from. VERSION: optimistic lock.
 */
@Preload
@Table("NewsDigestCfg")
public interface DigestSettingsEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String ENABLED = "ENABLED";
    String TIME_ZONE = "TIME_ZONE";
    String MAIL_ENABLED = "MAIL_ENABLED";
    String READER_USERS = "READER_USERS";
    String READER_GROUPS = "READER_GROUPS";
    String ALLOWED_HOSTS = "ALLOWED_HOSTS";
    String VERSION = "VERSION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String STARTERS_AT = "STARTERS_AT";

    @NotNull
    @Unique
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    boolean isEnabled();

    void setEnabled(boolean enabled);

    String getTimeZone();

    void setTimeZone(String timeZone);

    boolean isMailEnabled();

    void setMailEnabled(boolean mailEnabled);

    /** User keys, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getReaderUsers();

    void setReaderUsers(String readerUsers);

    /** Group names, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getReaderGroups();

    void setReaderGroups(String readerGroups);

    /** Host names, {@code *.domain} patterns or IP addresses, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getAllowedHosts();

    void setAllowedHosts(String allowedHosts);

    int getVersion();

    void setVersion(int version);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /**
     * When a news-digest macro's {@code starter-sources} were read for this space (null: never), so they are read
     * once even after every source is removed again.
     */
    Date getStartersAt();

    void setStartersAt(Date startersAt);
}
