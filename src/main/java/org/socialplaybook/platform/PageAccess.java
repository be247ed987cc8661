package org.socialplaybook.platform;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The permission checks every capability asks: view or edit a page, administer a space. Confluence answers them;
 * an unknown page is 404 and a page the caller may not see is also 404 (its existence is not revealed).
 */
@Named
public class PageAccess {
    private final PageManager pageManager;
    private final SpaceManager spaceManager;
    private final PermissionManager permissionManager;
    private final SpacePermissionManager spacePermissionManager;
    private final UserAccessor userAccessor;
    private final CurrentUser currentUser;

    @Inject
    public PageAccess(@ComponentImport PageManager pageManager,
                      @ComponentImport SpaceManager spaceManager,
                      @ComponentImport PermissionManager permissionManager,
                      @ComponentImport SpacePermissionManager spacePermissionManager,
                      @ComponentImport UserAccessor userAccessor,
                      CurrentUser currentUser) {
        this.pageManager = pageManager;
        this.spaceManager = spaceManager;
        this.permissionManager = permissionManager;
        this.spacePermissionManager = spacePermissionManager;
        this.userAccessor = userAccessor;
        this.currentUser = currentUser;
    }

    /** The page if the caller may view it; 404 if it does not exist or is hidden from them. */
    public PageRef requireView(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        if (page == null || !permissionManager.hasPermission(user(), Permission.VIEW, page)) {
            throw PlaybookException.notFound("social-playbook.error.page-not-found", pageId);
        }
        return ref(page);
    }

    /** The page if the caller may edit it; 401 for anonymous callers, 403 for viewers without edit rights. */
    public PageRef requireEdit(long pageId) {
        PageRef page = requireView(pageId);
        currentUser.requireKey();
        if (!canEdit(pageId)) {
            throw PlaybookException.forbidden("social-playbook.error.edit-required", page.title());
        }
        return page;
    }

    public boolean canEdit(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user(), Permission.EDIT, page);
    }

    public boolean canView(long pageId) {
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return page != null && permissionManager.hasPermission(user(), Permission.VIEW, page);
    }

    public boolean canViewSpace(String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(user(), Permission.VIEW, space);
    }

    /**
     * Every current space the caller may view, key to name (Confluence answers from its cached space permissions; no
     * page is read). Empty for anonymous callers.
     */
    public Map<String, String> viewableSpaces() {
        Map<String, String> spaces = new LinkedHashMap<>();
        ConfluenceUser user = user();
        if (user == null) {
            return spaces;
        }
        for (String key : spaceManager.getAllSpaceKeys(SpaceStatus.CURRENT)) {
            Space space = spaceManager.getSpace(key);
            if (space != null && permissionManager.hasPermission(user, Permission.VIEW, space)) {
                spaces.put(key, space.getName() == null ? key : space.getName());
            }
        }
        return spaces;
    }

    public void requireSpaceView(String spaceKey) {
        if (!canViewSpace(spaceKey)) {
            throw PlaybookException.notFound("social-playbook.error.space-not-found", spaceKey);
        }
    }

    public boolean isSpaceAdmin(String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        ConfluenceUser user = user();
        return space != null && user != null
                && (spacePermissionManager.hasPermission(SpacePermission.ADMINISTER_SPACE_PERMISSION, space, user)
                || permissionManager.isConfluenceAdministrator(user));
    }

    /** Whether the caller may add and edit pages in the space (Confluence's space permission), or administers it. */
    public boolean canEditSpace(String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        ConfluenceUser user = user();
        return space != null && user != null
                && (spacePermissionManager.hasPermission(SpacePermission.CREATEEDIT_PAGE_PERMISSION, space, user)
                || isSpaceAdmin(spaceKey));
    }

    public void requireSpaceAdmin(String spaceKey) {
        requireSpaceView(spaceKey);
        currentUser.requireKey();
        if (!isSpaceAdmin(spaceKey)) {
            throw PlaybookException.forbidden("social-playbook.error.space-admin-required", spaceKey);
        }
    }

    private ConfluenceUser user() {
        return currentUser.key().map(key -> userAccessor.getUserByKey(new UserKey(key))).orElse(null);
    }

    private static PageRef ref(AbstractPage page) {
        return new PageRef(page.getId(), page.getSpaceKey(), page.getTitle(), page.getUrlPath());
    }
}
