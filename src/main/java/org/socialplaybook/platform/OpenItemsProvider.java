package org.socialplaybook.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What waits for a reader in a space (guidelines to acknowledge, follow-ups they own, training due): implemented by
 * each capability that has such items; the Monday digest and "My playbook" ask all of them. Implementations check the
 * reader's own view permission on the item's page and answer in a constant number of queries per call, also for many
 * readers at once ({@link #openItemsFor(String, Collection)}) or many spaces at once
 * ({@link #openItemsInSpaces(Collection, String)}).
 */
public interface OpenItemsProvider {
    List<OpenItem> openItemsFor(String spaceKey, String userKey);

    /** The open items of several readers, by user key (every key present). Override to share the queries. */
    default Map<String, List<OpenItem>> openItemsFor(String spaceKey, Collection<String> userKeys) {
        Map<String, List<OpenItem>> all = new LinkedHashMap<>();
        for (String userKey : userKeys) {
            all.put(userKey, openItemsFor(spaceKey, userKey));
        }
        return all;
    }

    /**
     * One reader's open items in several spaces, by space key (only spaces with items present). Override to share
     * the queries: the default asks space by space.
     */
    default Map<String, List<OpenItem>> openItemsInSpaces(Collection<String> spaceKeys, String userKey) {
        Map<String, List<OpenItem>> all = new LinkedHashMap<>();
        for (String spaceKey : spaceKeys) {
            List<OpenItem> items = openItemsFor(spaceKey, userKey);
            if (!items.isEmpty()) {
                all.put(spaceKey, items);
            }
        }
        return all;
    }
}
