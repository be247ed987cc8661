package org.socialplaybook.reminders;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.PageRef;

/**
 * Reminders belong to the space; the record of what was sent names the item's page. Space removal deletes the
 * settings and the record; a purged page takes the reminders about its items with it; a page moved to another space
 * takes them along (the settings stay with the space they were made for), so nothing is reminded twice there. A trashed page's items are no
 * longer open items (the guidelines and training leave them out), so nothing is reminded while it is in the trash.
 * Anonymisation: people are kept as user keys only.
 */
@Named
public class ReminderLifecycle implements ContentLifecycle {
    private final ReminderStore store;

    @Inject
    public ReminderLifecycle(ReminderStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "reminders";
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        store.movePage(page.id(), oldSpaceKey, page.spaceKey());
    }

    @Override
    public void pagePurged(PageRef page) {
        store.purgePage(page.id());
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        store.removeSpace(spaceKey);
    }
}
