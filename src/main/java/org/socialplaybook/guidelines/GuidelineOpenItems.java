package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.TimeSource;

/**
 * The guidelines waiting for a reader's acknowledgement, for the Monday digest: required, addressed to them, on a
 * page they may view, not covered by their acknowledgements; overdue first, then by due date. Two queries per
 * space (the guidelines, the readers' acknowledgements), also for hundreds of readers at once.
 */
@Named
public class GuidelineOpenItems extends OpenItemsByReader {
    static final String KIND = "guideline";

    private final GuidelineStore store;
    private final GuidelinePeople people;
    private final ReaderAccess access;
    private final TimeSource time;

    @Inject
    public GuidelineOpenItems(GuidelineStore store, GuidelinePeople people, ReaderAccess access, TimeSource time) {
        this.store = store;
        this.people = people;
        this.access = access;
        this.time = time;
    }

    @Override
    protected void collect(String spaceKey, Map<String, List<OpenItem>> byReader) {
        List<Guideline> required = store.inSpace(spaceKey).stream()
                .filter(g -> g.ackRequired() && g.hasVersion() && !g.audience().isOpen()).toList();
        if (required.isEmpty()) {
            return;
        }
        Map<String, List<Acknowledgement>> acks = new HashMap<>();
        for (Acknowledgement ack : store.acknowledgementsInSpace(spaceKey, byReader.keySet())) {
            acks.computeIfAbsent(ack.userKey() + "/" + ack.guidelineId(), k -> new ArrayList<>()).add(ack);
        }
        Instant now = time.now();
        byReader.forEach((user, items) -> {
            for (Guideline g : required) {
                if (!g.audience().contains(user, people)) {
                    continue;
                }
                ReaderStatus status = ReaderStatus.of(g, acks.getOrDefault(user + "/" + g.id(), List.of()), now);
                if (status.pending() && access.canView(user, g.pageId())) {
                    items.add(new OpenItem(KIND, g.title(), status.due(), status.overdue(), g.pageId()));
                }
            }
        });
    }
}
