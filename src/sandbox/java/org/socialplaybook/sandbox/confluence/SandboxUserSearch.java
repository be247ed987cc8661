package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.UserSearch;

/**
 * The people picker's search over the sandbox directory, as Confluence's Crowd search answers it: username starting
 * with the text or display name containing it (ignoring case and accents, so "gimenez" finds Nora Giménez).
 */
public final class SandboxUserSearch implements UserSearch {
    private final Directory directory;
    private final UserManager userManager;

    public SandboxUserSearch(Directory directory, UserManager userManager) {
        this.directory = directory;
        this.userManager = userManager;
    }

    @Override
    public List<Person> search(String query, int limit) {
        String text = fold(query == null ? "" : query.trim());
        List<Person> found = new ArrayList<>();
        if (text.isEmpty()) {
            return found;
        }
        for (Directory.User user : directory.users()) {
            if (found.size() >= Math.min(limit, MAX_RESULTS)) {
                break;
            }
            if (fold(user.username()).startsWith(text) || fold(user.fullName()).contains(text)) {
                UserProfile profile = userManager.getUserProfile(new UserKey(user.key()));
                found.add(new Person(user.key(), profile.getUsername(), profile.getFullName(),
                        profile.getProfilePictureUri().toString(), true));
            }
        }
        return found;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
