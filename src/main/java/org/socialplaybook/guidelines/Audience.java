package org.socialplaybook.guidelines;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who a guideline is for: named people (user keys) and groups. Group membership is asked when status is computed,
 * never stored, so someone who joins a group later is simply pending. No people and no groups means an open
 * guideline: anyone who can view the page may acknowledge it, and nobody is pending.
 */
public record Audience(Set<String> userKeys, Set<String> groups) {
    /** Group membership, as the user directory answers it now. */
    public interface Groups {
        boolean isMember(String userKey, String group);

        Set<String> members(String group);
    }

    public Audience {
        userKeys = Set.copyOf(new LinkedHashSet<>(userKeys));
        groups = Set.copyOf(new LinkedHashSet<>(groups));
    }

    public static Audience open() {
        return new Audience(Set.of(), Set.of());
    }

    public boolean isOpen() {
        return userKeys.isEmpty() && groups.isEmpty();
    }

    public boolean contains(String userKey, Groups directory) {
        if (userKey == null) {
            return false;
        }
        if (isOpen() || userKeys.contains(userKey)) {
            return true;
        }
        for (String group : groups) {
            if (directory.isMember(userKey, group)) {
                return true;
            }
        }
        return false;
    }

    /** Everyone in the audience now (named people first); empty for an open guideline. */
    public Set<String> members(Groups directory) {
        Set<String> members = new LinkedHashSet<>(userKeys);
        for (String group : groups) {
            members.addAll(directory.members(group));
        }
        return members;
    }
}
