package org.socialplaybook.sandbox.confluence;

import com.atlassian.confluence.event.events.content.page.PageCopyEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import java.time.Instant;
import java.util.List;
import org.socialplaybook.sandbox.pages.PageStore;

/**
 * What Confluence's page, space and user administration do, for the sandbox: each action changes the page store
 * (or the directory) first and then publishes the event Confluence publishes for it, with the same payload
 * (the copy's origin and destination, the moved page already in its new space with the old one, the page being
 * trashed, restored or purged, the space being removed, the user being deleted).
 */
public final class PageActions {
    private final PageStore store;
    private final SandboxPages pages;
    private final Directory directory;
    private final EventPublisher events;

    public PageActions(PageStore store, SandboxPages pages, Directory directory, EventPublisher events) {
        this.store = store;
        this.pages = pages;
        this.directory = directory;
        this.events = events;
    }

    /** Confluence's "Copy": a new page with the same body, titled {@code title}, in {@code spaceKey}. */
    public PageStore.StoredPage copy(long pageId, String spaceKey, String title, String username) {
        Page origin = page(pageId);
        PageStore.StoredPage copy = store.copy(pageId, spaceKey, title, username, Instant.now());
        events.publish(new PageCopyEvent(this, origin, pages.page(copy),
                directory.byUsername(username).map(SandboxUserAccessor::user).orElse(null), false));
        return copy;
    }

    /** Confluence's "Move" to another space. */
    public void move(long pageId, String spaceKey) {
        Page before = page(pageId);
        Space oldSpace = before.getSpace();
        Page moved = pages.page(store.move(pageId, spaceKey));
        events.publish(new PageMoveEvent(this, moved, List.of(moved), oldSpace, null, null, null, false));
    }

    public void trash(long pageId, String username) {
        store.trash(pageId);
        events.publish(new PageTrashedEvent(this, page(pageId),
                directory.byUsername(username).map(SandboxUserAccessor::user).orElse(null), false));
    }

    public void restore(long pageId) {
        store.restore(pageId);
        events.publish(new PageRestoreEvent(this, page(pageId)));
    }

    /** "Purge" from the trash (or a remove for good): the event comes while the page is still known, as in Confluence. */
    public void purge(long pageId) {
        Page page = page(pageId);
        events.publish(new PageRemoveEvent(this, page));
        store.purge(pageId);
    }

    /** "Delete space": Confluence publishes the removal, then the space's content goes. */
    public void removeSpace(String spaceKey) {
        Space space = new Space(spaceKey);
        space.setName(spaceKey.equals(directory.spaceKey()) ? directory.spaceName() : spaceKey);
        events.publish(new SpaceRemoveEvent(this, space, new com.atlassian.core.util.ProgressMeter()));
        for (PageStore.StoredPage page : store.inSpace(spaceKey)) {
            store.purge(page.id());
        }
    }

    /** "Delete user" (Confluence's erasure of personal data): the event first, then the account is anonymised. */
    public void eraseUser(String username) {
        Directory.User user = directory.byUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No demo user " + username));
        events.publish(new UserRemoveEvent(this, SandboxUserAccessor.user(user)));
        directory.erase(user.key());
    }

    /** A rename keeps the user key (Confluence's renamable users): no plugin data changes, names follow. */
    public void renameUser(String username, String newUsername, String newFullName) {
        directory.rename(username, newUsername, newFullName);
    }

    private Page page(long pageId) {
        return pages.page(store.find(pageId).orElseThrow(() -> new IllegalArgumentException("No page " + pageId)));
    }
}
