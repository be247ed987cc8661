package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** Who is asking: the logged-in user's key, as a plain string for the rest of the plugin. */
@Named
public class CurrentUser {
    private final UserManager userManager;

    @Inject
    public CurrentUser(@ComponentImport UserManager userManager) {
        this.userManager = userManager;
    }

    public Optional<String> key() {
        UserKey key = userManager.getRemoteUserKey();
        return key == null ? Optional.empty() : Optional.of(key.getStringValue());
    }

    /** The user's key, or HTTP 401 for an anonymous caller. */
    public String requireKey() {
        return key().orElseThrow(PlaybookException::unauthenticated);
    }

    public boolean isConfluenceAdmin() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && (userManager.isAdmin(key) || userManager.isSystemAdmin(key));
    }
}
