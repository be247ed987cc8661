package org.socialplaybook.platform;

import java.util.List;

/**
 * Finds Confluence users for a people picker: by the start of the username or any part of the display name,
 * active users only, at most {@code limit}, described as {@link Person} (key, username, display name, avatar;
 * never the e-mail address). Confluence answers through {@link CrowdUserSearch}; the sandbox over its directory.
 */
public interface UserSearch {
    /** The most matches a picker asks for. */
    int MAX_RESULTS = 20;

    List<Person> search(String query, int limit);
}
