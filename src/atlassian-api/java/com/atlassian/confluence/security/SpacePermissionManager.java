package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;

public interface SpacePermissionManager {
    boolean hasPermission(String permissionType, Space space, User user);
}
