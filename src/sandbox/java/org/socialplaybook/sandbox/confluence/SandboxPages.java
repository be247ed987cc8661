package org.socialplaybook.sandbox.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.spaces.SpaceStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.socialplaybook.sandbox.pages.PageStore;

/** Confluence's PageManager, SpaceManager and ContentEntityManager (the part the plugin calls) over the sandbox's page store. */
public final class SandboxPages implements PageManager, SpaceManager, com.atlassian.confluence.core.ContentEntityManager {
    private final Directory directory;
    private final PageStore store;

    public SandboxPages(Directory directory, PageStore store) {
        this.directory = directory;
        this.store = store;
    }

    @Override
    public AbstractPage getAbstractPage(long id) {
        return store.find(id).map(this::page).orElse(null);
    }

    @Override
    public Page getPage(String spaceKey, String pageTitle) {
        if (directory.spaceKey().equals(spaceKey)) {
            return store.findByTitle(pageTitle).map(this::page).orElse(null);
        }
        // pages moved or created under another key form a space of their own (the export's target in tests)
        return store.all().stream().filter(p -> spaceKey != null && spaceKey.equals(p.spaceKey())
                && p.title().equalsIgnoreCase(pageTitle)).findFirst().map(this::page).orElse(null);
    }

    @Override
    public Space getSpace(String spaceKey) {
        if (spaceKey == null) {
            return null;
        }
        // the demo space, another declared space (demo/space.json), or a space that exists once pages live under its key
        String name = directory.spaceKey().equals(spaceKey) ? directory.spaceName()
                : directory.otherSpace(spaceKey).map(Directory.OtherSpace::name)
                        .orElse(store.inSpace(spaceKey).isEmpty() ? null : spaceKey);
        if (name == null) {
            return null;
        }
        Space space = new Space(spaceKey);
        space.setName(name);
        return space;
    }

    /** The demo space, then the other spaces of {@code space.json} (none is ever archived here). */
    @Override
    public Collection<String> getAllSpaceKeys(SpaceStatus status) {
        List<String> keys = new ArrayList<>();
        if (status == SpaceStatus.CURRENT) {
            keys.add(directory.spaceKey());
            directory.otherSpaces().forEach(s -> keys.add(s.key()));
        }
        return keys;
    }

    /**
     * Confluence's ContentEntityManager.saveContentEntity: new content (id 0) becomes a new page of the demo space
     * (a blog post is shown as a page here), existing content gets a new version of its body.
     */
    @Override
    public void saveContentEntity(com.atlassian.confluence.core.ContentEntityObject obj,
                                  com.atlassian.confluence.core.SaveContext saveContext) {
        String space = obj instanceof AbstractPage page && page.getSpaceKey() != null ? page.getSpaceKey() : directory.spaceKey();
        if (obj.getId() == 0) {
            PageStore.StoredPage created = store.create(space, obj.getTitle(), null, obj.getBodyAsString(), null,
                    java.time.Instant.now());
            obj.setId(created.id());
            obj.setVersion(created.version());
        } else {
            PageStore.StoredPage saved = store.save(obj.getId(), obj.getBodyAsString(), null, java.time.Instant.now());
            obj.setVersion(saved.version());
        }
    }

    public Page page(PageStore.StoredPage stored) {
        Page page = new LoadedPage(stored);
        page.setId(stored.id());
        page.setTitle(stored.title());
        page.setVersion(stored.version());
        page.setBodyAsString(stored.storage());
        Space space = getSpace(stored.spaceKey());
        page.setSpace(space != null ? space : new Space(stored.spaceKey()));
        return page;
    }

    /**
     * A page as read from the page table, keeping what was read: a permission check on it needs no second read, as
     * Confluence's own page objects carry their space and restrictions with them.
     */
    static final class LoadedPage extends Page {
        private final PageStore.StoredPage stored;

        LoadedPage(PageStore.StoredPage stored) {
            this.stored = stored;
        }

        PageStore.StoredPage stored() {
            return stored;
        }
    }
}
