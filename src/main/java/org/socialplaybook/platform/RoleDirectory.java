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

    /** A matrix named in a space (the name compares ignoring case). */
    record MatrixName(String spaceKey, String matrixName) {
    }

    /**
     * {@link #roles} for many matrices at once, keyed by the names asked for (a matrix that does not exist: an empty
     * map): for a report over many spaces whose audiences name many matrices. This default asks one matrix at a time;
     * the role matrix capability answers in two queries per hundred matrices.
     */
    default Map<MatrixName, Map<String, Set<String>>> roles(Collection<MatrixName> matrices) {
        Map<MatrixName, Map<String, Set<String>>> answer = new java.util.LinkedHashMap<>();
        for (MatrixName m : matrices) {
            answer.put(m, roles(m.spaceKey(), m.matrixName()));
        }
        return answer;
    }
}
