package org.socialplaybook.news;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A curated source of a space: an RSS/Atom feed (read by the plugin) or a manual source (people add its headlines). */
@Preload
@Table("NewsSource")
public interface NewsSourceEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String NAME = "NAME";
    String URL = "URL";
    String KIND = "KIND";
    String ADDED_BY = "ADDED_BY";
    String ADDED_AT = "ADDED_AT";
    String FETCHED_AT = "FETCHED_AT";
    String LAST_ERROR = "LAST_ERROR";
    String LAST_COUNT = "LAST_COUNT";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(450)
    String getUrl();

    void setUrl(String url);

    /** A {@link Source.Kind} name. */
    @NotNull
    String getKind();

    void setKind(String kind);

    String getAddedBy();

    void setAddedBy(String addedBy);

    Date getAddedAt();

    void setAddedAt(Date addedAt);

    Date getFetchedAt();

    void setFetchedAt(Date fetchedAt);

    /** The i18n key of the last failed read, or null after a good one. */
    String getLastError();

    void setLastError(String lastError);

    Integer getLastCount();

    void setLastCount(Integer lastCount);
}
