package org.socialplaybook.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Reads for display: rows streamed read-only ({@link ActiveObjects#stream}) and mapped straight to the capability's
 * own records, so a list of thousands of rows builds no entity objects. Only for rows nothing will change.
 */
public final class AoRows {
    private AoRows() {
    }

    public static <T extends RawEntity<K>, K, R> List<R> list(ActiveObjects ao, Class<T> type, Query query,
                                                             Function<? super T, ? extends R> toRecord) {
        List<R> rows = new ArrayList<>();
        ao.stream(type, query, row -> rows.add(toRecord.apply(row)));
        return rows;
    }
}
