package org.socialplaybook.news;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A headline of a space: added by a person, or read from a feed. ITEM_TOKEN is unique (space + source + the feed
 * item's id, or a random value for a manual one), so reading a feed twice, even on two nodes, adds each item once.
 */
@Preload
@Table("NewsHeadline")
@Indexes(@Index(name = "news_headline_space", methodNames = {"getSpaceKey", "getPublishedAt"}))
public interface HeadlineEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String SOURCE_ID = "SOURCE_ID";
    String TITLE = "TITLE";
    String URL = "URL";
    String SUMMARY = "SUMMARY";
    String TAG = "TAG";
    String ADDED_BY = "ADDED_BY";
    String ADDED_AT = "ADDED_AT";
    String PUBLISHED_AT = "PUBLISHED_AT";
    String ITEM_TOKEN = "ITEM_TOKEN";

    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** The source it came from or belongs to; null for a headline without a source. */
    Integer getSourceId();

    void setSourceId(Integer sourceId);

    @NotNull
    @StringLength(450)
    String getTitle();

    void setTitle(String title);

    @StringLength(450)
    String getUrl();

    void setUrl(String url);

    @StringLength(450)
    String getSummary();

    void setSummary(String summary);

    String getTag();

    void setTag(String tag);

    /** Who added it; null for a headline read from a feed. */
    String getAddedBy();

    void setAddedBy(String addedBy);

    @NotNull
    Date getAddedAt();

    void setAddedAt(Date addedAt);

    /** When it counts for the digest: when added, or the feed item's publication date. */
    @NotNull
    Date getPublishedAt();

    void setPublishedAt(Date publishedAt);

    @NotNull
    @Unique
    String getItemToken();

    void setItemToken(String itemToken);
}
