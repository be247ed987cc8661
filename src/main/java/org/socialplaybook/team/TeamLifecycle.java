package org.socialplaybook.team;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.FollowUpSources;
import org.socialplaybook.platform.CopyNames;
import org.socialplaybook.platform.PageBodies;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.StorageMacros;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.platform.Views;

/**
 * Team cards follow their page (a card is space + name). Copy: the copy gets its own card (mission, hours, promise,
 * triage person, members, channels under new ids; "name (copy)" in the same space, the copy's macro renamed); the
 * requests sent to the original stay the original's. Move: the card, its members, channels and the requests sent to it move (a name taken in the new space
 * stays behind, logged). Trash: the cards leave the space's lists and the
 * overview; restore brings them back. Purge and space removal: deleted. Anonymisation: the
 * topics of requests the person sent and their role notes are erased; the requests stay (counts unchanged).
 */
@Named
public class TeamLifecycle implements ContentLifecycle, FollowUpSources {
    private static final Logger LOG = LoggerFactory.getLogger(TeamLifecycle.class);

    private final TeamStore store;
    private final PageBodies bodies;
    private final TimeSource time;
    private final Views views;

    @Inject
    public TeamLifecycle(TeamStore store, PageBodies bodies, TimeSource time, Views views) {
        this.store = store;
        this.bodies = bodies;
        this.time = time;
        this.views = views;
    }

    @Override
    public void pageCopied(PageRef original, PageRef copy) {
        for (int id : store.cardsOnPage(original.id())) {
            Team.CardData source = store.load(store.card(id).orElseThrow());
            String oldName = source.card().name();
            String name = CopyNames.copyName(oldName, n -> store.cardExists(TeamRules.cardKey(copy.spaceKey(), n)),
                    views.text("social-playbook.team.copy-word"), TeamRules.MAX_NAME);
            store.transaction(() -> store.copyCard(source, copy.spaceKey(), name, copy.id(), time.now()));
            if (!name.equals(oldName)) {
                bodies.edit(copy.id(), storage -> StorageMacros.setParameter(storage, "team-card", "name",
                        value -> value.trim().equalsIgnoreCase(oldName), name));
            }
        }
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

    /** The follow-ups the page's team requests raised on the feedback board (hidden, restored and purged with the page). */
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
