package org.socialplaybook.roles;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The role matrices' change log: one row per change (what kind, to which role, activity or person, by whom, when),
 * written in the change's transaction, so "what changed this week" is one query per space. Append-only.
 */
@Preload
@Table("RaciChange")
@Indexes(@Index(name = "raci_change_space", methodNames = {"getSpaceKey", "getChangedAt"}))
public interface MatrixChangeEntity extends Entity {
    String SPACE_KEY = "SPACE_KEY";
    String MATRIX_ID = "MATRIX_ID";
    String MATRIX_NAME = "MATRIX_NAME";
    String PAGE_ID = "PAGE_ID";
    String CHANGE_KIND = "CHANGE_KIND";
    String SUBJECT = "SUBJECT";
    String DETAIL = "DETAIL";
    String EXTRA = "EXTRA";
    String PREVIOUS = "PREVIOUS";
    String USER_KEY = "USER_KEY";
    String CHANGED_AT = "CHANGED_AT";

    @NotNull
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    int getMatrixId();

    void setMatrixId(int matrixId);

    @NotNull
    String getMatrixName();

    void setMatrixName(String matrixName);

    long getPageId();

    void setPageId(long pageId);

    /** A {@link ChangeNote.Kind} name. */
    @NotNull
    String getChangeKind();

    void setChangeKind(String changeKind);

    String getSubject();

    void setSubject(String subject);

    String getDetail();

    void setDetail(String detail);

    String getExtra();

    void setExtra(String extra);

    /**
     * What a cell's letters or a role's deputy were before the change, after a {@code =} (so that "none" is not an
     * empty string, which some databases store as null); null in rows written before it was kept.
     */
    String getPrevious();

    void setPrevious(String previous);

    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);
}
