package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.PageRef;

/**
 * Guidelines follow their page. A guideline is identified by space + key and lives on one page; acknowledgements
 * belong to its versions. Copy: nothing is copied: the copy's blocks carry the same keys, so they show "used on
 * another page" and never take the original's guideline or acknowledgements (a new key makes them new guidelines).
 * Move to another space: guidelines, versions and acknowledgements move (a key the new space already uses stays
 * behind, logged). Trash: hidden everywhere, restore shows them again with every acknowledgement. Purge and space
 * removal: deleted, one transaction. Anonymisation: acknowledgements hold no free text, so nothing changes.
 */
@Named
public class GuidelineLifecycle implements ContentLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(GuidelineLifecycle.class);

    private final GuidelineStore store;

    @Inject
    public GuidelineLifecycle(GuidelineStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "guidelines";
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        List<String> kept = store.movePage(page.id(), page.spaceKey());
        if (!kept.isEmpty()) {
            LOG.warn("Guidelines {} of page {} stay in space {}: space {} already uses their keys",
                    kept, page.id(), oldSpaceKey, page.spaceKey());
        }
    }

    @Override
    public void pageTrashed(PageRef page) {
        store.setTrashed(page.id(), true);
    }

    @Override
    public void pageRestored(PageRef page) {
        store.setTrashed(page.id(), false);
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
