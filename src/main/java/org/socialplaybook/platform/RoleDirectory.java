package org.socialplaybook.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who holds which role in a space's role matrices. The role matrix capability answers; guidelines (escalation,
 * audiences), training (role-driven assignment), goals (contributions) and the team card ask. Matrices are named
 * per space; names compare ignoring case. Unknown matrix or role: empty answers, never an exception.
 */
public interface RoleDirectory {
    boolean matrixExists(String spaceKey, String matrixName);

    /** Every role of the matrix, in the matrix's order, with the keys of the people holding it (deputies too). */
    Map<String, Set<String>> roles(String spaceKey, String matrixName);

    /** The keys of the people holding one role (deputies too). */
    Set<String> holders(String spaceKey, String matrixName, String roleName);

    /** The roles a person holds in the matrix, in the matrix's order. */
    List<String> rolesOf(String spaceKey, String matrixName, String userKey);

    /**
     * Every role of the matrix, in the matrix's order, with its holders and its deputies apart (for showing a deputy
     * as one, e.g. on the team card). The same people as {@link #roles}, told apart.
     */
    Map<String, RoleHolders> rolesWithDeputies(String spaceKey, String matrixName);

    /**
     * Every matrix of these spaces (pages not trashed) in which the person holds a role, with those roles in the
     * matrix's order; by space, then matrix name. Three queries whatever the number of spaces.
     */
    List<HeldRoles> rolesOfPerson(Collection<String> spaceKeys, String userKey);
}
