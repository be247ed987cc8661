package org.socialplaybook.roles;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A role (a column) of a matrix; {@code MATRIX_KEY} repeats the matrix's key so the role directory needs no join. */
@Preload
@Table("RaciRole")
public interface RoleEntity extends Entity {
    String MATRIX_ID = "MATRIX_ID";
    String MATRIX_KEY = "MATRIX_KEY";
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String SORT_RANK = "SORT_RANK";

    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    @NotNull
    @Indexed
    @StringLength(450)
    String getMatrixKey();

    void setMatrixKey(String matrixKey);

    @NotNull
    String getName();

    void setName(String name);

    /** {@link Names#key} of the name: lookups and uniqueness within the matrix. */
    @NotNull
    String getNameKey();

    void setNameKey(String nameKey);

    int getSortRank();

    void setSortRank(int sortRank);
}
