package org.socialplaybook.platform;

import java.util.List;

/**
 * Finds Confluence groups for a group picker: names containing the text, at most {@code limit}, as names only
 * (never their members). Confluence answers through {@link CrowdGroupSearch}; the sandbox over its directory.
 */
public interface GroupSearch {
    /** The most matches a picker asks for. */
    int MAX_RESULTS = 20;

    List<String> search(String query, int limit);
}
