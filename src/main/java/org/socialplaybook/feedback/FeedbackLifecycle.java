package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.socialplaybook.platform.ContentLifecycle;
import org.socialplaybook.platform.CopyNames;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.FollowUpSources;
import org.socialplaybook.platform.PageBodies;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.StorageMacros;

/**
 * Feedback boards follow their page. Copy: the copy gets its own, empty board (a board is space + board key): in the
 * same space, or where the other space already uses the key, the copied page's macro gets the first free
 * "key-copy", "key-copy-2"…; the board's settings (Jira project, issue type, labels) are macro parameters and come
 * with the page, while feedback, follow-ups and their Jira links are never copied. Move: the page's feedback and follow-ups move to the new space. Trash:
 * the page's follow-ups, and those raised from its data on any board (a training check-in, a team request:
 * {@link FollowUpSources}), leave the boards, the space's lists, the owners' report, "my open items" and the
 * overview; restore brings them back. Purge: deleted, those raised from the page's data too, with Jira leases and
 * source references. Space removal: every row of the space deleted. Anonymisation: feedback about the person loses its text,
 * follow-ups about them their description; counts stay.
 */
@Named
public class FeedbackLifecycle implements ContentLifecycle {
    static final String MACRO = "feedback-followups";

    private final FeedbackStore store;
    private final PageBodies bodies;
    private final List<FollowUpSources> sources;

    @Inject
    public FeedbackLifecycle(FeedbackStore store, PageBodies bodies, List<FollowUpSources> sources) {
        this.store = store;
        this.bodies = bodies;
        this.sources = List.copyOf(sources);
    }

    @Override
    public String capability() {
        return "feedback";
    }

    @Override
    public void pageCopied(PageRef original, PageRef copy) {
        Set<String> boards = new LinkedHashSet<>();
        for (String value : StorageMacros.parameterValues(bodies.body(copy.id()).orElse(""), MACRO, "board")) {
            String board = boardOrNull(value);
            if (board != null) {
                boards.add(board);
            }
        }
        Set<String> taken = store.boardKeys(copy.spaceKey());
        boolean sameSpace = original.spaceKey().equals(copy.spaceKey());
        for (String board : boards) {
            String key = copyKey(board, candidate -> sameSpace && candidate.equals(board) || taken.contains(candidate));
            if (!key.equals(board)) {
                taken.add(key);
                bodies.edit(copy.id(), storage -> StorageMacros.setOrAddParameter(storage, MACRO, "board",
                        FollowUpRules.DEFAULT_BOARD, value -> board.equals(boardOrNull(value)), key));
            }
        }
    }

    /** The board key itself where it is free, else "key-copy", "key-copy-2"…, within the longest board key. */
    static String copyKey(String board, Predicate<String> taken) {
        return CopyNames.firstFree(board, taken, n -> n == 1 ? "-copy" : "-copy-" + n, FollowUpRules.MAX_BOARD);
    }

    /** The board a macro's {@code board} parameter names (absent: the default one); null when it is not a valid key. */
    private static String boardOrNull(String value) {
        try {
            return FollowUpRules.boardKey(value);
        } catch (PlaybookException invalid) {
            return null;
        }
    }

    @Override
    public void pageMoved(PageRef page, String oldSpaceKey) {
        store.movePage(page.id(), page.spaceKey());
    }

    @Override
    public void pageTrashed(PageRef page) {
        store.setTrashed(page.id(), raisedFrom(page), true);
    }

    @Override
    public void pageRestored(PageRef page) {
        store.setTrashed(page.id(), raisedFrom(page), false);
    }

    @Override
    public void pagePurged(PageRef page) {
        store.deletePage(page.id(), raisedFrom(page));
    }

    private List<Long> raisedFrom(PageRef page) {
        List<Long> ids = new ArrayList<>();
        for (FollowUpSources source : sources) {
            ids.addAll(source.raisedFrom(page.id()));
        }
        return ids;
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
