package org.socialplaybook.sandbox.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;
import java.util.ArrayList;
import java.util.List;
import org.socialplaybook.sandbox.confluence.Directory.Access;
import org.socialplaybook.sandbox.pages.PageStore;

/**
 * Confluence's permission model in small: the space scheme gives each user view, edit or admin; a page may
 * restrict viewing or editing to named users; Confluence administrators may do everything.
 */
public final class SandboxPermissions implements PermissionManager, SpacePermissionManager {
    private final Directory directory;
    private final PageStore pages;

    public SandboxPermissions(Directory directory, PageStore pages) {
        this.directory = directory;
        this.pages = pages;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        String username = user == null ? null : user.getName();
        if (isConfluenceAdministrator(user)) {
            return true;
        }
        if (target instanceof Space space) {
            Access access = directory.spaceAccess(space.getKey(), username);
            return permission == Permission.VIEW ? access.compareTo(Access.VIEW) >= 0 : access == Access.ADMIN;
        }
        if (target instanceof AbstractPage page) {
            PageStore.StoredPage stored = page instanceof SandboxPages.LoadedPage loaded && loaded.getId() == loaded.stored().id()
                    ? loaded.stored() : pages.find(page.getId()).orElse(null);
            return onPage(username, permission, stored);
        }
        return false;
    }

    /**
     * {@link #hasPermission} on a page already read (a page tree lists every page: one query for all of them, not
     * one more per page).
     */
    public boolean hasPermission(ConfluenceUser user, Permission permission, PageStore.StoredPage stored) {
        return isConfluenceAdministrator(user) || onPage(user == null ? null : user.getName(), permission, stored);
    }

    private boolean onPage(String username, Permission permission, PageStore.StoredPage stored) {
        if (stored == null) {
            return false;
        }
        Access access = directory.spaceAccess(stored.spaceKey(), username);
        boolean mayView = access.compareTo(Access.VIEW) >= 0
                && (stored.viewRestrictedTo().isEmpty() || stored.viewRestrictedTo().contains(username));
        if (permission == Permission.VIEW) {
            return mayView;
        }
        if (permission == Permission.EDIT) {
            return mayView && access.compareTo(Access.EDIT) >= 0
                    && (stored.editRestrictedTo().isEmpty() || stored.editRestrictedTo().contains(username));
        }
        return access == Access.ADMIN;
    }

    /** Confluence's bulk check: the entities of the list the user has the permission on, in the list's order. */
    @Override
    public <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> entities) {
        List<X> permitted = new ArrayList<>();
        for (X entity : entities) {
            if (hasPermission(user, permission, entity)) {
                permitted.add(entity);
            }
        }
        return permitted;
    }

    /**
     * Confluence's "Add page" space permission ({@code EDITSPACE}): whoever may edit the space's pages may create them;
     * readers and anonymous visitors may not.
     */
    public boolean mayCreatePages(String username) {
        if (username == null) {
            return false;
        }
        return directory.byUsername(username).map(Directory.User::confluenceAdmin).orElse(false)
                || directory.spaceAccess(username).compareTo(Access.EDIT) >= 0;
    }

    @Override
    public boolean isConfluenceAdministrator(ConfluenceUser user) {
        return user != null && directory.byUsername(user.getName()).map(Directory.User::confluenceAdmin).orElse(false);
    }

    @Override
    public boolean hasPermission(String permissionType, Space space, User user) {
        // a space other than the demo one exists once pages live under its key; its people are the demo space's
        // (Directory.spaceAccess; a space declared in demo/space.json has its own)
        if (user == null || space == null) {
            return false;
        }
        Access access = directory.spaceAccess(space.getKey(), user.getName());
        return switch (permissionType) {
            case SpacePermission.ADMINISTER_SPACE_PERMISSION -> access == Access.ADMIN;
            case SpacePermission.CREATEEDIT_PAGE_PERMISSION -> access.compareTo(Access.EDIT) >= 0;
            case SpacePermission.VIEWSPACE_PERMISSION -> access.compareTo(Access.VIEW) >= 0;
            default -> false;
        };
    }
}
