package org.socialplaybook.feedback;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A follow-up action, and its outbox row towards Jira: JIRA_STATE WAITING with NEXT_TRY_MS due means "create it in
 * Jira"; MARKER is the unique label the issue carries, so a retry finds an issue an earlier attempt created.
 * Times used in where-clauses are epoch milliseconds (portable comparisons); VERSION is the optimistic lock.
 */
@Preload
@Table("FbFollowUp")
@Indexes({@Index(name = "fb_fu_board", methodNames = {"getSpaceKey", "getBoardKey"}),
        @Index(name = "fb_fu_outbox", methodNames = {"getJiraState", "getNextTryMs"})})
public interface FollowUpEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String BOARD_KEY = "BOARD_KEY";
    String PAGE_ID = "PAGE_ID";
    String TITLE = "TITLE";
    String DESCRIPTION = "DESCRIPTION";
    String OWNER_KEY = "OWNER_KEY";
    String DUE_ON = "DUE_ON";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String FEEDBACK_ID = "FEEDBACK_ID";
    String STATE = "STATE";
    String CREATED_AT = "CREATED_AT";
    String DONE_AT = "DONE_AT";
    String DONE_BY_JIRA = "DONE_BY_JIRA";
    String JIRA_STATE = "JIRA_STATE";
    String JIRA_KEY = "JIRA_KEY";
    String JIRA_PROJECT = "JIRA_PROJECT";
    String JIRA_TYPE = "JIRA_TYPE";
    String LABELS = "LABELS";
    String MARKER = "MARKER";
    String ATTEMPTS = "ATTEMPTS";
    String NEXT_TRY_MS = "NEXT_TRY_MS";
    String LAST_ERROR = "LAST_ERROR";
    String JIRA_STATUS = "JIRA_STATUS";
    String JIRA_STATUS_CAT = "JIRA_STATUS_CAT";
    String JIRA_ASSIGNEE = "JIRA_ASSIGNEE";
    String JIRA_RESOLUTION = "JIRA_RESOLUTION";
    String SYNCED_AT = "SYNCED_AT";
    String VERSION = "VERSION";
    String SOURCE_REF = "SOURCE_REF";
    String TRASHED = "TRASHED";
    String SOURCE_PAGE_ID = "SOURCE_PAGE_ID";
    String TITLE_MSG = "TITLE_MSG";
    String DESCRIPTION_MSG = "DESCRIPTION_MSG";

    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getBoardKey();

    void setBoardKey(String boardKey);

    long getPageId();

    void setPageId(long pageId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    Date getDueOn();

    void setDueOn(Date dueOn);

    @NotNull
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    /** The feedback this follow-up came from, or -1. */
    int getFeedbackId();

    void setFeedbackId(int feedbackId);

    @NotNull
    /** A {@link FeedbackEnums.State} name (a String column: the sandbox ORM does not preload enum columns). */
    String getState();

    void setState(String state);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    Date getDoneAt();

    void setDoneAt(Date doneAt);

    boolean isDoneByJira();

    void setDoneByJira(boolean doneByJira);

    @NotNull
    /** A {@link FeedbackEnums.JiraState} name. */
    String getJiraState();

    void setJiraState(String jiraState);

    @Indexed
    String getJiraKey();

    void setJiraKey(String jiraKey);

    String getJiraProject();

    void setJiraProject(String jiraProject);

    String getJiraType();

    void setJiraType(String jiraType);

    String getLabels();

    void setLabels(String labels);

    @NotNull
    @Indexed
    String getMarker();

    void setMarker(String marker);

    int getAttempts();

    void setAttempts(int attempts);

    long getNextTryMs();

    void setNextTryMs(long nextTryMs);

    /** The i18n key of the last Jira failure (never Jira's raw text, never a credential). */
    String getLastError();

    void setLastError(String lastError);

    String getJiraStatus();

    void setJiraStatus(String jiraStatus);

    String getJiraStatusCat();

    void setJiraStatusCat(String jiraStatusCat);

    String getJiraAssignee();

    void setJiraAssignee(String jiraAssignee);

    String getJiraResolution();

    void setJiraResolution(String jiraResolution);

    Date getSyncedAt();

    void setSyncedAt(Date syncedAt);

    int getVersion();

    void setVersion(int version);

    /** For follow-ups other capabilities submitted: {@code <source type>:<source id>}. */
    @Indexed
    String getSourceRef();

    void setSourceRef(String sourceRef);

    /**
     * True while the follow-up's page, or the page it was raised from ({@link #getSourcePageId}), is in the trash:
     * left out of the board, the space's lists, reports and the overview.
     */
    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /**
     * For follow-ups other capabilities raised from data on another page (a training check-in, a team request): that
     * page, recorded when it went to the trash; null until then.
     */
    @Indexed
    Long getSourcePageId();

    void setSourcePageId(Long sourcePageId);

    /**
     * The title as message keys and arguments ({@link org.socialplaybook.platform.GeneratedText} JSON) when the plugin
     * wrote it, so each reader reads it in their language; null for titles people typed and rows written before.
     */
    @StringLength(StringLength.UNLIMITED)
    String getTitleMsg();

    void setTitleMsg(String titleMsg);

    /** The description the same way (null: {@code DESCRIPTION} is the text). */
    @StringLength(StringLength.UNLIMITED)
    String getDescriptionMsg();

    void setDescriptionMsg(String descriptionMsg);
}
