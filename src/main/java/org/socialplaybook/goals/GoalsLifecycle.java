package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.CopyNames;
import org.socialplaybook.platform.PageBodies;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.StorageMacros;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;

/**
 * Goal sets follow their page (a set is space + name). Copy: the copy gets its own set (goals, objectives,
 * contributions under new ids, starting at their baselines; "name (copy)" in the same space, the copy's macro
 * renamed); the measured values and their history stay the original's. Move: the set with its goals, objectives and value history moves (a name taken in the new space stays
 * behind, logged). Trash: the sets leave the space's lists and
 * the overview; restore brings them back. Purge and space removal: deleted. Anonymisation: the notes the
 * person wrote on value updates are erased; the values stay.
 */
@Named
public class GoalsLifecycle implements ContentLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(GoalsLifecycle.class);

    private final GoalStore store;
    private final PageBodies bodies;
    private final TimeSource time;
    private final Views views;

    @Inject
    public GoalsLifecycle(GoalStore store, PageBodies bodies, TimeSource time, Views views) {
        this.store = store;
        this.bodies = bodies;
        this.time = time;
        this.views = views;
    }

    @Override
    public void pageCopied(PageRef original, PageRef copy) {
        for (int id : store.setsOnPage(original.id())) {
            Goals.GoalData source = store.load(store.set(id).orElseThrow());
            String oldName = source.set().name();
            String name = CopyNames.copyName(oldName, n -> store.setExists(GoalRules.setKey(copy.spaceKey(), n)),
                    views.text("social-playbook.goals.copy-word"), GoalRules.MAX_NAME);
            store.copySet(source, copy.spaceKey(), name, copy.id(), time.now());
            if (!name.equals(oldName)) {
                bodies.edit(copy.id(), storage -> StorageMacros.setParameter(storage, "goals", "name",
                        value -> value.trim().equalsIgnoreCase(oldName), name));
            }
        }
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
