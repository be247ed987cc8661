package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    boolean isConfluenceAdministrator(ConfluenceUser user);
}
