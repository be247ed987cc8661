package org.socialplaybook.roles;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A non-empty cell: the letters (canonical code such as "RA") of one role on one activity. */
@Preload
@Table("RaciCell")
public interface CellEntity extends Entity {
    String MATRIX_ID = "MATRIX_ID";
    String ROLE_ID = "ROLE_ID";
    String ACTIVITY_ID = "ACTIVITY_ID";
    String LETTERS = "LETTERS";

    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    @Indexed
    int getRoleId();

    void setRoleId(int roleId);

    @Indexed
    int getActivityId();

    void setActivityId(int activityId);

    @NotNull
    @StringLength(8)
    String getLetters();

    void setLetters(String letters);
}
