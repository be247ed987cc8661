package org.socialplaybook.training;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A module of a programme: where its material lives (a page or a URL), how long it takes, whether it is required. */
@Preload
@Table("TrnModule")
public interface ModuleEntity extends Entity {
    String PROGRAMME_ID = "PROGRAMME_ID";
    String TITLE = "TITLE";
    String LINK_PAGE_ID = "LINK_PAGE_ID";
    String LINK_URL = "LINK_URL";
    String MINUTES = "MINUTES";
    String REQUIRED = "REQUIRED";
    String VALID_MONTHS = "VALID_MONTHS";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getProgrammeId();

    void setProgrammeId(int programmeId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    Long getLinkPageId();

    void setLinkPageId(Long linkPageId);

    @StringLength(StringLength.UNLIMITED)
    String getLinkUrl();

    void setLinkUrl(String linkUrl);

    Integer getMinutes();

    void setMinutes(Integer minutes);

    boolean isRequired();

    void setRequired(boolean required);

    /** Months a completion stays valid; null: forever (no refresher). */
    Integer getValidMonths();

    void setValidMonths(Integer validMonths);

    int getSortRank();

    void setSortRank(int sortRank);
}
