package org.socialplaybook.roles;

import java.util.Set;
import org.socialplaybook.platform.CopyNames;
import org.socialplaybook.platform.StorageMacros;

/**
 * The rules for a copied page's role matrices, plain Java: which name the copy's own matrix takes, and the copied
 * page's storage format with its role-matrix macros pointing at that name.
 */
public final class MatrixCopies {
    private MatrixCopies() {
    }

    /**
     * The original name when the target space has no matrix of that name (a copy to another space), otherwise
     * "name (copy)", "name (copy 2)"… the first free one, never longer than {@link Names#MAX_NAME}.
     */
    public static String copyName(String name, Set<String> takenKeys, String copyWord) {
        return CopyNames.copyName(name, candidate -> takenKeys.contains(Names.key(candidate)), copyWord, Names.MAX_NAME);
    }

    /** The storage with every role-matrix macro named {@code oldName} (ignoring case and spacing) named {@code newName}. */
    public static String rename(String storage, String oldName, String newName) {
        return StorageMacros.setParameter(storage, "role-matrix", "name",
                value -> Names.key(value).equals(Names.key(oldName)), newName);
    }
}
