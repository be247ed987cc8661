package org.socialplaybook.news;

import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.SpaceChange;

/**
 * What one week's digest of a space holds: the week, its headlines (newest first) with their sources' names, what
 * changed in the role matrices and guidelines (oldest first), and each reader's own open items.
 */
public record DigestContent(String spaceKey, NewsRules.Window window, List<Headline> headlines,
                           Map<Integer, String> sourceNames, List<SpaceChange> changes,
                           Map<String, List<OpenItem>> openItems) {
    public DigestContent {
        headlines = List.copyOf(headlines);
        sourceNames = Map.copyOf(sourceNames);
        changes = List.copyOf(changes);
        openItems = Map.copyOf(openItems);
    }

    public List<OpenItem> openItemsOf(String userKey) {
        return openItems.getOrDefault(userKey, List.of());
    }
}
