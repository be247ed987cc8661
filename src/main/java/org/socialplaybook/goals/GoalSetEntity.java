package org.socialplaybook.goals;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A space's goals under one name ({@code SET_KEY} = space key + ":" + lower-case name): every {@code goals} macro with
 * that name shows the same goals. {@code MATRIX_NAME} is the role matrix whose roles contribute; {@code VERSION} is the
 * optimistic lock every change compares.
 */
@Preload
@Table("GoalSet")
public interface GoalSetEntity extends Entity {
    String SET_KEY = "SET_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String NAME = "NAME";
    String PAGE_ID = "PAGE_ID";
    String MATRIX_NAME = "MATRIX_NAME";
    String VERSION = "VERSION";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String TRASHED = "TRASHED";

    @NotNull
    @Unique
    @StringLength(450)
    String getSetKey();

    void setSetKey(String setKey);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();

    void setName(String name);

    long getPageId();

    void setPageId(long pageId);

    String getMatrixName();

    void setMatrixName(String matrixName);

    int getVersion();

    void setVersion(int version);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** True while the set's page is in the trash: left out of the space's lists and the overview. */
    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);
}
