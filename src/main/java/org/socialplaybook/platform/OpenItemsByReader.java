package org.socialplaybook.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link OpenItemsProvider} that answers for many readers at once (its queries once per space) and for one reader
 * the same way. Each reader's items come most urgent first ({@link #MOST_URGENT_FIRST}).
 */
public abstract class OpenItemsByReader implements OpenItemsProvider {
    /** Overdue first, then by due date (none last), then by title ignoring case. */
    public static final Comparator<OpenItem> MOST_URGENT_FIRST = Comparator.comparing((OpenItem i) -> !i.overdue())
            .thenComparing(i -> i.due() == null ? Instant.MAX : i.due())
            .thenComparing(OpenItem::title, String.CASE_INSENSITIVE_ORDER);

    @Override
    public final List<OpenItem> openItemsFor(String spaceKey, String userKey) {
        return openItemsFor(spaceKey, List.of(userKey)).get(userKey);
    }

    @Override
    public final Map<String, List<OpenItem>> openItemsFor(String spaceKey, Collection<String> userKeys) {
        Map<String, List<OpenItem>> all = new LinkedHashMap<>();
        userKeys.forEach(k -> all.put(k, new ArrayList<>()));
        if (!all.isEmpty()) {
            collect(spaceKey, all);
        }
        all.values().forEach(items -> items.sort(MOST_URGENT_FIRST));
        return all;
    }

    /** Adds the space's open items of each reader to their list in {@code byReader} (the readers are its keys). */
    protected abstract void collect(String spaceKey, Map<String, List<OpenItem>> byReader);
}
