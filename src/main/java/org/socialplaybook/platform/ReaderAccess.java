package org.socialplaybook.platform;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Permission checks for a named person rather than the caller ({@link PageAccess} answers for the caller): what a
 * scheduled job may show each reader, e.g. the Monday digest's open items, only on pages that reader can view.
 */
@Named
public class ReaderAccess {
    private final PageManager pageManager;
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final SpaceManager spaceManager;

    @Inject
    public ReaderAccess(@ComponentImport PageManager pageManager, @ComponentImport PermissionManager permissionManager,
                        @ComponentImport UserAccessor userAccessor, @ComponentImport SpaceManager spaceManager) {
        this.pageManager = pageManager;
        this.permissionManager = permissionManager;
        this.userAccessor = userAccessor;
        this.spaceManager = spaceManager;
    }

    /** Can this user view the page? False for an unknown user or page. */
    public boolean canView(String userKey, long pageId) {
        if (userKey == null) {
            return false;
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        AbstractPage page = pageManager.getAbstractPage(pageId);
        return user != null && page != null && permissionManager.hasPermission(user, Permission.VIEW, page);
    }

    /**
     * Of these pages, the ids of those the user may view, asked of Confluence in one bulk check
     * ({@code PermissionManager.getPermittedEntities}); empty for an unknown user, unknown pages left out.
     */
    public Set<Long> viewablePages(String userKey, Collection<Long> pageIds) {
        Set<Long> viewable = new LinkedHashSet<>();
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null || pageIds.isEmpty()) {
            return viewable;
        }
        List<AbstractPage> pages = new ArrayList<>();
        for (long id : new LinkedHashSet<>(pageIds)) {
            AbstractPage page = pageManager.getAbstractPage(id);
            if (page != null) {
                pages.add(page);
            }
        }
        for (AbstractPage page : permissionManager.getPermittedEntities(user, Permission.VIEW, pages)) {
            viewable.add(page.getId());
        }
        return viewable;
    }

    /** Of these spaces, the keys of those the user may view; empty for an unknown user, unknown spaces left out. */
    public Set<String> viewableSpaces(String userKey, Collection<String> spaceKeys) {
        Set<String> viewable = new LinkedHashSet<>();
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null) {
            return viewable;
        }
        for (String key : new LinkedHashSet<>(spaceKeys)) {
            Space space = spaceManager.getSpace(key);
            if (space != null && permissionManager.hasPermission(user, Permission.VIEW, space)) {
                viewable.add(key);
            }
        }
        return viewable;
    }
}
