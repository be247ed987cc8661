package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.OpenItemsProvider;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.SpaceChangesProvider;

/**
 * Puts a week's digest together: the week's headlines (one query, and one for the sources' names), what every
 * {@link SpaceChangesProvider} reports for the week, and every {@link OpenItemsProvider}'s open items for all the
 * readers at once. A constant number of queries per space, whatever the number of headlines, changes or readers.
 */
@Named
public class DigestAssembler {
    private final NewsStore store;
    private final List<SpaceChangesProvider> changeProviders;
    private final List<OpenItemsProvider> itemProviders;
    private final People people;

    @Inject
    public DigestAssembler(NewsStore store, List<SpaceChangesProvider> changeProviders,
                           List<OpenItemsProvider> itemProviders, People people) {
        this.store = store;
        this.changeProviders = List.copyOf(changeProviders);
        this.itemProviders = List.copyOf(itemProviders);
        this.people = people;
    }

    public DigestContent assemble(String spaceKey, NewsRules.Window window, Collection<String> readers) {
        List<Headline> headlines = store.headlinesBetween(spaceKey, window.start(), window.end());
        Map<Integer, String> sourceNames = new HashMap<>();
        if (headlines.stream().anyMatch(h -> h.sourceId() != null)) {
            store.sources(spaceKey).forEach(s -> sourceNames.put(s.id(), s.name()));
        }
        List<SpaceChange> changes = new ArrayList<>();
        for (SpaceChangesProvider provider : changeProviders) {
            changes.addAll(provider.changesBetween(spaceKey, window.start(), window.end()));
        }
        changes.sort(Comparator.comparing(SpaceChange::at));
        Map<String, List<OpenItem>> items = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(readers));
        keys.forEach(k -> items.put(k, new ArrayList<>()));
        for (OpenItemsProvider provider : itemProviders) {
            provider.openItemsFor(spaceKey, keys).forEach((k, v) -> items.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        items.values().forEach(list -> list.sort(OpenItemsByReader.MOST_URGENT_FIRST));
        return new DigestContent(spaceKey, window, headlines, sourceNames, changes, items);
    }

    /** The readers of a space's digest now: the named people and the members of the named groups (existing users). */
    public Set<String> readers(DigestSettings settings) {
        Set<String> readers = new LinkedHashSet<>();
        for (String key : settings.readerUsers()) {
            if (people.exists(key)) {
                readers.add(key);
            }
        }
        for (String group : settings.readerGroups()) {
            readers.addAll(people.membersOf(group));
        }
        return readers;
    }
}
