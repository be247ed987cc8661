package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.PageRef;

/**
 * Training programmes follow their page (a programme is space + code, on one page). Copy: learners, progress,
 * history and check-ins are never copied; the copy shows the programme its code names. Move: the programme goes to
 * the new space with its learners (a code the new space already uses stays behind, logged). Trash: hidden from the
 * overview, "my training" and reports; restore shows it again intact. Purge and space removal delete every row.
 * Anonymisation: the person's check-in remarks are erased; their progress and check-ins stay (counts unchanged).
 */
@Named
public class TrainingLifecycle implements ContentLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLifecycle.class);

    private final TrainingStore store;

    @Inject
    public TrainingLifecycle(TrainingStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "training";
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        List<String> kept = store.transaction(() -> store.movePage(page.id(), page.spaceKey()));
        if (!kept.isEmpty()) {
            LOG.warn("Training programmes {} stay in space {}: space {} already uses their codes", kept, oldSpaceKey,
                    page.spaceKey());
        }
    }

    @Override
    public void pageTrashed(PageRef page) {
        store.transaction(() -> {
            store.setTrashed(page.id(), true);
            return null;
        });
    }

    @Override
    public void pageRestored(PageRef page) {
        store.transaction(() -> {
            store.setTrashed(page.id(), false);
            return null;
        });
    }

    @Override
    public void pagePurged(PageRef page) {
        store.transaction(() -> store.deleteProgrammes(store.programmesOnPage(page.id())));
    }

    @Override
    public void spaceRemoved(String spaceKey) {
        store.transaction(() -> store.removeSpace(spaceKey));
    }

    @Override
    public void userAnonymised(ErasedPerson person) {
        store.transaction(() -> store.erase(person));
    }
}
