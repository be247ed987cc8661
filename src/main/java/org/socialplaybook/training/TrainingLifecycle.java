package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.CopyNames;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.FollowUpSources;
import org.socialplaybook.platform.PageBodies;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.StorageMacros;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.training.Model.Programme;

/**
 * Training programmes follow their page (a programme is space + code, on one page). Copy: the copy gets its own
 * programme with the same settings and modules (new ids; in the same space its code becomes "code-copy" and the
 * copied page's macro is changed to it); learners, progress, history and check-ins are never copied. Move: the programme goes to
 * the new space with its learners (a code the new space already uses stays behind, logged). Trash: hidden from the
 * overview, "my training" and reports; restore shows it again intact. Purge and space removal delete every row.
 * Anonymisation: the person's check-in remarks are erased; their progress and check-ins stay (counts unchanged).
 */
@Named
public class TrainingLifecycle implements ContentLifecycle, FollowUpSources {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLifecycle.class);

    private final TrainingStore store;
    private final PageBodies bodies;
    private final TimeSource time;

    @Inject
    public TrainingLifecycle(TrainingStore store, PageBodies bodies, TimeSource time) {
        this.store = store;
        this.bodies = bodies;
        this.time = time;
    }

    @Override
    public String capability() {
        return "training";
    }

    @Override
    public void pageCopied(PageRef original, PageRef copy) {
        for (int id : store.programmesOnPage(original.id())) {
            Programme source = store.programme(id).orElseThrow();
            String code = copyCode(source.code(), store.codesInSpace(copy.spaceKey()));
            store.transaction(() -> store.copyProgramme(source, copy.spaceKey(), code, copy.id(), time.now()));
            if (!code.equals(source.code())) {
                bodies.edit(copy.id(), storage -> StorageMacros.setParameter(storage, "training-tracker", "key",
                        value -> value.trim().equalsIgnoreCase(source.code()), code));
            }
        }
    }

    /** The same code in another space; in the same space "code-copy", "code-copy-2"…, within {@link MacroSettings#MAX_CODE}. */
    static String copyCode(String code, Set<String> takenLowerCase) {
        return CopyNames.firstFree(code, candidate -> takenLowerCase.contains(candidate.toLowerCase(Locale.ROOT)),
                n -> n == 1 ? "-copy" : "-copy-" + n, MacroSettings.MAX_CODE);
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        List<String> kept = store.transaction(() -> store.movePage(page.id(), page.spaceKey()));
        if (!kept.isEmpty()) {
            LOG.warn("Training programmes {} stay in space {}: space {} already uses their codes", kept, oldSpaceKey,
                    page.spaceKey());
        }
    }

    /** The follow-ups the page's check-ins raised on the feedback board (hidden, restored and purged with the page). */
    @Override
    public List<Long> raisedFrom(long pageId) {
        return store.followUpsRaisedOnPage(pageId);
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
