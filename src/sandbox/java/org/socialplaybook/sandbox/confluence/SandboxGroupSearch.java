package org.socialplaybook.sandbox.confluence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.socialplaybook.platform.GroupSearch;

/**
 * The group picker's search over the sandbox directory, as Confluence's Crowd search answers it: the names of the
 * groups the demo users belong to that contain the text (ignoring case), sorted by name.
 */
public final class SandboxGroupSearch implements GroupSearch {
    private final Directory directory;

    public SandboxGroupSearch(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<String> search(String query, int limit) {
        String text = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        TreeSet<String> names = new TreeSet<>();
        for (Directory.User user : directory.users()) {
            names.addAll(user.groups());
        }
        for (String name : names) {
            if (found.size() >= Math.min(limit, MAX_RESULTS)) {
                break;
            }
            if (name.toLowerCase(Locale.ROOT).contains(text)) {
                found.add(name);
            }
        }
        return found;
    }
}
