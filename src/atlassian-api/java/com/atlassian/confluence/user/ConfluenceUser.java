package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import java.util.Locale;

/**
 * Compile-only stand-in. The real interface also extends an internal RelatableEntity type,
 * which is not reproduced here.
 */
public interface ConfluenceUser extends User {
    UserKey getKey();

    /** A default method in the real API (since 6.12); this body is a stand-in approximation. */
    default String getLowerName() {
        String name = getName();
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
