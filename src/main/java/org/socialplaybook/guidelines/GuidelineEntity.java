package org.socialplaybook.guidelines;

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
import net.java.ao.schema.Unique;

/**
 * A guideline's identity (space + key, unique through {@code SCOPE_TOKEN}), its page, the settings its block had
 * when last viewed, and a pointer to its current version. Only {@link GuidelineStore} touches it.
 */
@Preload
@Table("Guideline")
@Indexes(@Index(name = "guideline_space_page", methodNames = {"getSpaceKey", "getPageId"}))
public interface GuidelineEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String GUIDELINE_KEY = "GUIDELINE_KEY";
    String SCOPE_TOKEN = "SCOPE_TOKEN";
    String PAGE_ID = "PAGE_ID";
    String TITLE = "TITLE";
    String ACK_REQUIRED = "ACK_REQUIRED";
    String CURRENT_VERSION_ID = "CURRENT_VERSION_ID";
    String CURRENT_REVISION = "CURRENT_REVISION";
    String VERSION_COUNT = "VERSION_COUNT";
    String CURRENT_PAGE_VERSION = "CURRENT_PAGE_VERSION";
    String CREATED_AT = "CREATED_AT";
    String TRASHED = "TRASHED";

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(64)
    String getGuidelineKey();

    void setGuidelineKey(String guidelineKey);

    /** {@code <space key>/<guideline key>}: unique, so two pages cannot create the same guideline twice. */
    @NotNull
    @Unique
    @StringLength(400)
    String getScopeToken();

    void setScopeToken(String scopeToken);

    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /**
     * The enums are kept by name in strings: the ORM's preload caches enum columns as text and would query each
     * one again per row (an N+1 the statement counter caught); names read back with valueOf.
     */
    @StringLength(32)
    String getCategory();

    void setCategory(String category);

    @StringLength(32)
    String getGuidanceLevel();

    void setGuidanceLevel(String level);

    boolean isAckRequired();

    void setAckRequired(boolean ackRequired);

    /** True while the guideline's page is in the space's trash: hidden from every list, report and digest. */
    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);

    Integer getDueDays();

    void setDueDays(Integer dueDays);

    @StringLength(32)
    String getReackPolicy();

    void setReackPolicy(String policy);

    /** User keys, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getAudienceUsers();

    void setAudienceUsers(String userKeys);

    /** Group names, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getAudienceGroups();

    void setAudienceGroups(String groups);

    /** User keys, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getOwnerKeys();

    void setOwnerKeys(String userKeys);

    int getCurrentVersionId();

    void setCurrentVersionId(int versionId);

    @StringLength(64)
    String getCurrentFingerprint();

    void setCurrentFingerprint(String fingerprint);

    @StringLength(50)
    String getCurrentLabel();

    void setCurrentLabel(String label);

    int getCurrentRevision();

    void setCurrentRevision(int revision);

    int getVersionCount();

    void setVersionCount(int count);

    /** The page version on which the current version was last seen (one page version has one text per key). */
    int getCurrentPageVersion();

    void setCurrentPageVersion(int pageVersion);

    Date getRequiredSince();

    void setRequiredSince(Date since);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
