package com.atlassian.sal.api.user;

public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
