package org.socialplaybook.feedback;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One piece of feedback on a board. */
@Preload
@Table("FbItem")
@Indexes(@Index(name = "fb_item_board", methodNames = {"getSpaceKey", "getBoardKey"}))
public interface FeedbackItemEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String BOARD_KEY = "BOARD_KEY";
    String PAGE_ID = "PAGE_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String SUBJECT = "SUBJECT";
    String SUBJECT_REF = "SUBJECT_REF";
    String KIND = "KIND";
    String VISIBILITY = "VISIBILITY";
    String BODY = "BODY";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getBoardKey();

    void setBoardKey(String boardKey);

    long getPageId();

    void setPageId(long pageId);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    /** A {@link FeedbackEnums.Subject} name (a String column: the sandbox ORM does not preload enum columns). */
    String getSubject();

    void setSubject(String subject);

    /** A user key for PERSON, otherwise the training, guideline or process named in words. */
    String getSubjectRef();

    void setSubjectRef(String subjectRef);

    @NotNull
    /** A {@link FeedbackEnums.Kind} name. */
    String getKind();

    void setKind(String kind);

    @NotNull
    /** A {@link FeedbackEnums.Visibility} name. */
    String getVisibility();

    void setVisibility(String visibility);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
