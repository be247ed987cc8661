package org.socialplaybook.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keys read or deleted in chunks, one {@code COLUMN IN (?, …)} query per chunk, so that no query outgrows what every
 * database Atlassian's AO supports (Oracle: 1,000 items in a list; SQL Server: about 2,100 parameters); the Jira
 * client chunks its {@code key in (…)} searches the same way.
 */
public final class InLists {
    private InLists() {
    }

    /** {@code all} in consecutive chunks of at most {@code size} (views of the list, in order). */
    public static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** {@code ?,?,?}: {@code count} parameter markers. */
    public static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** {@code COLUMN IN (?,?,?)} for {@code count} keys. */
    public static String in(String column, int count) {
        return column + " IN (" + placeholders(count) + ")";
    }
}
