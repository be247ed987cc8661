package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.PageRef;

/**
 * Feedback boards follow their page. Copy: nothing is copied (a board is space + board key; the copy shows the same
 * board, and feedback is never duplicated). Move: the page's feedback and follow-ups move to the new space. Trash:
 * the page's follow-ups leave the space's lists, the owners' report, "my open items" and the overview; restore
 * brings them back. Purge and space
 * removal: deleted, with Jira leases and source references. Anonymisation: feedback about the person loses its text,
 * follow-ups about them their description; counts stay.
 */
@Named
public class FeedbackLifecycle implements ContentLifecycle {
    private final FeedbackStore store;

    @Inject
    public FeedbackLifecycle(FeedbackStore store) {
        this.store = store;
    }

    @Override
    public String capability() {
        return "feedback";
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        store.movePage(page.id(), page.spaceKey());
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
