package org.socialplaybook.sandbox.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;

/** SAL's UserManager over the sandbox directory; the remote user is the request's logged-in user. */
public final class SandboxUserManager implements UserManager {
    private final Directory directory;
    private final RequestContext request;
    private final String contextPath;

    public SandboxUserManager(Directory directory, RequestContext request, String contextPath) {
        this.directory = directory;
        this.request = request;
        this.contextPath = contextPath;
    }

    @Override
    public UserProfile getRemoteUser() {
        return directory.byUsername(request.username()).map(this::profile).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return directory.byUsername(request.username()).map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : directory.byKey(userKey.getStringValue()).map(this::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return directory.byUsername(username).map(this::profile).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && directory.byKey(userKey.getStringValue())
                .map(u -> u.groups().contains(group)).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && directory.byKey(userKey.getStringValue())
                .map(Directory.User::confluenceAdmin).orElse(false);
    }

    private UserProfile profile(Directory.User user) {
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(user.key());
            }

            @Override
            public String getUsername() {
                return user.username();
            }

            @Override
            public String getFullName() {
                return user.fullName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }

            @Override
            public URI getProfilePictureUri() {
                return URI.create(contextPath + "/sandbox/avatar/" + user.username() + ".svg");
            }

            @Override
            public URI getProfilePageUri() {
                return URI.create(contextPath + "/display/~" + user.username());
            }
        };
    }
}
