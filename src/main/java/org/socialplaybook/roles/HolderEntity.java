package org.socialplaybook.roles;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A person holding a role of a matrix, or standing in for its holders as the deputy. */
@Preload
@Table("RaciHolder")
public interface HolderEntity extends Entity {
    String MATRIX_ID = "MATRIX_ID";
    String MATRIX_KEY = "MATRIX_KEY";
    String ROLE_ID = "ROLE_ID";
    String USER_KEY = "USER_KEY";
    String DEPUTY = "DEPUTY";

    @Indexed
    int getMatrixId();

    void setMatrixId(int matrixId);

    @NotNull
    @Indexed
    @StringLength(450)
    String getMatrixKey();

    void setMatrixKey(String matrixKey);

    @Indexed
    int getRoleId();

    void setRoleId(int roleId);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    boolean isDeputy();

    void setDeputy(boolean deputy);
}
