package org.socialplaybook.news;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One Monday digest of a space. WEEK_TOKEN (space + ISO week) is unique: the node or run that inserts it publishes
 * that week's digest; any other run of the same week finds it and publishes nothing (idempotent on a cluster).
 */
@Preload
@Table("NewsDigest")
public interface DigestIssueEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String WEEK_TOKEN = "WEEK_TOKEN";
    String WEEK_LABEL = "WEEK_LABEL";
    String STATE = "STATE";
    String CLAIM_ID = "CLAIM_ID";
    String CLAIMED_AT = "CLAIMED_AT";
    String PUBLISHED_AT = "PUBLISHED_AT";
    String CONTENT_ID = "CONTENT_ID";
    String TITLE = "TITLE";
    String HEADLINE_COUNT = "HEADLINE_COUNT";
    String CHANGE_COUNT = "CHANGE_COUNT";
    String READER_COUNT = "READER_COUNT";
    String MAIL_COUNT = "MAIL_COUNT";

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Unique
    String getWeekToken();

    void setWeekToken(String weekToken);

    @NotNull
    String getWeekLabel();

    void setWeekLabel(String weekLabel);

    /** A {@link DigestIssue.State} name. */
    @NotNull
    String getState();

    void setState(String state);

    String getClaimId();

    void setClaimId(String claimId);

    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);

    Date getPublishedAt();

    void setPublishedAt(Date publishedAt);

    /** The blog post's content id once published. */
    Long getContentId();

    void setContentId(Long contentId);

    String getTitle();

    void setTitle(String title);

    int getHeadlineCount();

    void setHeadlineCount(int headlineCount);

    int getChangeCount();

    void setChangeCount(int changeCount);

    int getReaderCount();

    void setReaderCount(int readerCount);

    int getMailCount();

    void setMailCount(int mailCount);
}
