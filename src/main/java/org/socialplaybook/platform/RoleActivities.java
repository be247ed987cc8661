package org.socialplaybook.platform;

import java.util.List;

/**
 * The activities (rows) of a space's named role matrix, in the matrix's order, for capabilities that point at them
 * (an objective served by an activity). The role matrix capability answers; an unknown matrix has none.
 */
public interface RoleActivities {
    List<String> activities(String spaceKey, String matrixName);
}
