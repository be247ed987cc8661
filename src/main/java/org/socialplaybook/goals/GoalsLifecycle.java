package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.PageRef;

/**
 * Goal sets follow their page (a set is space + name). Copy: nothing is copied; the copy shows the set its name
 * names. Move: the set with its goals, objectives and value history moves (a name taken in the new space stays
 * behind, logged). Trash: the sets leave the space's lists and
 * the overview; restore brings them back. Purge and space removal: deleted. Anonymisation: the notes the
 * person wrote on value updates are erased; the values stay.
 */
@Named
public class GoalsLifecycle implements ContentLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(GoalsLifecycle.class);

    private final GoalStore store;

    @Inject
    public GoalsLifecycle(GoalStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "goals";
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        List<String> kept = store.movePage(page.id(), page.spaceKey());
        if (!kept.isEmpty()) {
            LOG.warn("Goal sets {} stay in space {}: space {} already has sets of those names", kept, oldSpaceKey,
                    page.spaceKey());
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
        store.deletePage(page.id());
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        store.removeSpace(spaceKey);
    }

    @Override
    public void userAnonymised(ErasedPerson person) {
        store.erase(person);
    }
}
