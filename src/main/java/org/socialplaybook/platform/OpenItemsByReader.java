package org.socialplaybook.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link OpenItemsProvider} that answers for many readers at once or for many spaces at once, its queries shared
 * (once per call, not per space or reader), and for one reader the same way. Subclasses report every candidate item;
 * this class keeps, for each reader, only those on pages they may view, checked in bulk ({@link ReaderAccess}), and
 * those on no page (page id 0: a follow-up another capability raised on the space's board) in spaces they may view. Each
 * list comes most urgent first ({@link #MOST_URGENT_FIRST}).
 */
public abstract class OpenItemsByReader implements OpenItemsProvider {
    /** Overdue first, then by due date (none last), then by title ignoring case. */
    public static final Comparator<OpenItem> MOST_URGENT_FIRST = Comparator.comparing((OpenItem i) -> !i.overdue())
            .thenComparing(i -> i.due() == null ? Instant.MAX : i.due())
            .thenComparing(OpenItem::title, String.CASE_INSENSITIVE_ORDER);

    /** Where {@link #collect} reports a candidate: the item's space, the reader it waits for, the item. */
    @FunctionalInterface
    protected interface Sink {
        void add(String spaceKey, String userKey, OpenItem item);
    }

    private record Found(String spaceKey, String userKey, OpenItem item) {
    }

    private final ReaderAccess access;

    protected OpenItemsByReader(ReaderAccess access) {
        this.access = access;
    }

    @Override
    public final List<OpenItem> openItemsFor(String spaceKey, String userKey) {
        return openItemsFor(spaceKey, List.of(userKey)).get(userKey);
    }

    @Override
    public final Map<String, List<OpenItem>> openItemsFor(String spaceKey, Collection<String> userKeys) {
        Map<String, List<OpenItem>> all = new LinkedHashMap<>();
        userKeys.forEach(k -> all.put(k, new ArrayList<>()));
        for (Found f : viewable(List.of(spaceKey), all.keySet())) {
            all.get(f.userKey()).add(f.item());
        }
        all.values().forEach(items -> items.sort(MOST_URGENT_FIRST));
        return all;
    }

    @Override
    public final Map<String, List<OpenItem>> openItemsInSpaces(Collection<String> spaceKeys, String userKey) {
        Map<String, List<OpenItem>> bySpace = new LinkedHashMap<>();
        for (Found f : viewable(new LinkedHashSet<>(spaceKeys), Set.of(userKey))) {
            bySpace.computeIfAbsent(f.spaceKey(), k -> new ArrayList<>()).add(f.item());
        }
        bySpace.values().forEach(items -> items.sort(MOST_URGENT_FIRST));
        return bySpace;
    }

    private List<Found> viewable(Collection<String> spaceKeys, Set<String> readers) {
        List<Found> found = new ArrayList<>();
        if (spaceKeys.isEmpty() || readers.isEmpty()) {
            return found;
        }
        collect(spaceKeys, readers, (space, user, item) -> {
            if (readers.contains(user)) {
                found.add(new Found(space, user, item));
            }
        });
        Map<String, Set<Long>> pagesByReader = new LinkedHashMap<>();
        Map<String, Set<String>> spacesByReader = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.item().pageId() == 0) {
                spacesByReader.computeIfAbsent(f.userKey(), k -> new LinkedHashSet<>()).add(f.spaceKey());
            } else {
                pagesByReader.computeIfAbsent(f.userKey(), k -> new LinkedHashSet<>()).add(f.item().pageId());
            }
        }
        Map<String, Set<Long>> visiblePages = new LinkedHashMap<>();
        pagesByReader.forEach((user, pages) -> visiblePages.put(user, access.viewablePages(user, pages)));
        Map<String, Set<String>> visibleSpaces = new LinkedHashMap<>();
        spacesByReader.forEach((user, spaces) -> visibleSpaces.put(user, access.viewableSpaces(user, spaces)));
        found.removeIf(f -> f.item().pageId() == 0
                ? !visibleSpaces.get(f.userKey()).contains(f.spaceKey())
                : !visiblePages.get(f.userKey()).contains(f.item().pageId()));
        return found;
    }

    /**
     * Reports, through {@code sink}, every open item of each of {@code readers} in the spaces (their view permission
     * is checked afterwards), in a constant number of queries whatever the number of spaces or readers.
     */
    protected abstract void collect(Collection<String> spaceKeys, Set<String> readers, Sink sink);
}
