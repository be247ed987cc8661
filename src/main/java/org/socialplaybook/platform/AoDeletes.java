package org.socialplaybook.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Deleting a set of rows with everything that hangs off them, the way a page purge or a space removal does: the
 * children (rows whose {@code column} holds one of the ids) first, then the rows themselves, one
 * {@code COLUMN IN (…)} delete per chunk ({@link InLists}). Call it inside the capability's transaction.
 */
public final class AoDeletes {
    private AoDeletes() {
    }

    /** A table whose {@code column} refers to the parent's id. */
    public record Child(Class<? extends RawEntity<?>> type, String column) {
    }

    public static Child child(Class<? extends RawEntity<?>> type, String column) {
        return new Child(type, column);
    }

    /** Deletes the children of {@code ids}, in the order given, then the {@code parent} rows; returns how many parents. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int cascade(ActiveObjects ao, Class<? extends RawEntity<?>> parent, List<?> ids, int chunkSize,
                              Child... children) {
        for (List<?> chunk : InLists.chunks(ids, chunkSize)) {
            Object[] keys = chunk.toArray();
            for (Child child : children) {
                ao.deleteWithSQL((Class) child.type(), InLists.in(child.column(), keys.length), keys);
            }
            ao.deleteWithSQL((Class) parent, InLists.in("ID", keys.length), keys);
        }
        return ids.size();
    }
}
