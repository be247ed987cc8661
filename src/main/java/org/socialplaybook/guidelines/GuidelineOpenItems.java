package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.TimeSource;

/**
 * The guidelines waiting for a reader's acknowledgement, for the Monday digest and "My playbook": required, addressed to them, on a
 * page they may view, not covered by their acknowledgements; overdue first, then by due date. Two queries per
 * call (the guidelines, the readers' acknowledgements), for one space and hundreds of readers or one reader and
 * hundreds of spaces.
 */
@Named
public class GuidelineOpenItems extends OpenItemsByReader {
    static final String KIND = "guideline";

    private final GuidelineStore store;
    private final GuidelinePeople people;
    private final TimeSource time;

    @Inject
    public GuidelineOpenItems(GuidelineStore store, GuidelinePeople people, ReaderAccess access, TimeSource time) {
        super(access);
        this.store = store;
        this.people = people;
        this.time = time;
    }

    @Override
    protected void collect(Collection<String> spaceKeys, Set<String> readers, Sink sink) {
        List<Guideline> required = store.inSpaces(spaceKeys).stream()
                .filter(g -> g.ackRequired() && g.hasVersion() && !g.audience().isOpen()).toList();
        if (required.isEmpty()) {
            return;
        }
        Map<String, List<Acknowledgement>> acks = new HashMap<>();
        for (Acknowledgement ack : store.acknowledgementsInSpaces(spaceKeys, readers)) {
            acks.computeIfAbsent(ack.userKey() + "/" + ack.guidelineId(), k -> new ArrayList<>()).add(ack);
        }
        Instant now = time.now();
        for (String user : readers) {
            for (Guideline g : required) {
                if (!g.audience().contains(user, people)) {
                    continue;
                }
                ReaderStatus status = ReaderStatus.of(g, acks.getOrDefault(user + "/" + g.id(), List.of()), now);
                if (status.pending()) {
                    sink.add(g.spaceKey(), user, new OpenItem(KIND, g.title(), status.due(), status.overdue(), g.pageId(),
                            g.key() + "@" + g.currentVersionId()));
                }
            }
        }
    }
}
