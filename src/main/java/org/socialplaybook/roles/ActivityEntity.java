package org.socialplaybook.roles;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An activity (a row) of a matrix, optionally in a phase. */
@Preload
@Table("RaciActivity")
public interface ActivityEntity extends Entity {
    String MATRIX_ID = "MATRIX_ID";
    String NAME = "NAME";
    String PHASE = "PHASE";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    @NotNull
    String getName();

    void setName(String name);

    String getPhase();

    void setPhase(String phase);

    int getSortRank();

    void setSortRank(int sortRank);
}
