package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.PageRef;

/**
 * Team cards follow their page (a card is space + name). Copy: nothing is copied; the copy shows the card its name
 * names. Move: the card, its members, channels and the requests sent to it move (a name taken in the new space
 * stays behind, logged). Trash: the cards leave the space's lists and the
 * overview; restore brings them back. Purge and space removal: deleted. Anonymisation: the
 * topics of requests the person sent and their role notes are erased; the requests stay (counts unchanged).
 */
@Named
public class TeamLifecycle implements ContentLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(TeamLifecycle.class);

    private final TeamStore store;

    @Inject
    public TeamLifecycle(TeamStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "team cards";
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        List<String> kept = store.transaction(() -> store.movePage(page.id(), page.spaceKey()));
        if (!kept.isEmpty()) {
            LOG.warn("Team cards {} stay in space {}: space {} already has cards of those names", kept, oldSpaceKey,
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
        store.transaction(() -> store.deleteCards(store.cardsOnPage(page.id())));
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
