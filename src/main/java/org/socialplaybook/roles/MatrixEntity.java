package org.socialplaybook.roles;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A role matrix: one per space and name ({@code MATRIX_KEY} = space key + ":" + lower-case name). */
@Preload
@Table("RaciMatrix")
public interface MatrixEntity extends Entity {
    String MATRIX_KEY = "MATRIX_KEY";
    String SPACE_KEY = "SPACE_KEY";
    String NAME = "NAME";
    String PAGE_ID = "PAGE_ID";
    String VERSION = "VERSION";
    String OVERLOAD_LIMIT = "OVERLOAD_LIMIT";
    String SEEDED = "SEEDED";
    String UPDATED_BY = "UPDATED_BY";
    String UPDATED_AT = "UPDATED_AT";
    String TRASHED = "TRASHED";

    @NotNull
    @Unique
    @StringLength(450)
    String getMatrixKey();

    void setMatrixKey(String matrixKey);

    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getName();

    void setName(String name);

    long getPageId();

    void setPageId(long pageId);

    int getVersion();

    void setVersion(int version);

    Integer getOverloadLimit();

    void setOverloadLimit(Integer overloadLimit);

    boolean isSeeded();

    void setSeeded(boolean seeded);

    /** True while the matrix's page is in the trash: the overview and the weekly changes leave it out. */
    @NotNull
    @Default("false")
    boolean isTrashed();

    void setTrashed(boolean trashed);

    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
