package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.TimeSource;

/**
 * The open follow-ups a reader owns in a space, for the Monday digest (on boards whose page they may view): overdue
 * first, then by due date. One query per space for its readers (the digest), one for
 * one owner's follow-ups in all their spaces ("My playbook").
 */
@Named
public class FollowUpOpenItems extends OpenItemsByReader {
    static final String KIND = "follow-up";

    private final FeedbackStore store;
    private final TimeSource time;

    @Inject
    public FollowUpOpenItems(FeedbackStore store, ReaderAccess access, TimeSource time) {
        super(access);
        this.store = store;
        this.time = time;
    }

    @Override
    protected void collect(Collection<String> spaceKeys, Set<String> readers, Sink sink) {
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        List<FollowUp> followUps = spaceKeys.size() == 1 || readers.size() != 1
                ? spaceKeys.stream().flatMap(space -> store.followUpsInSpace(space).stream()).toList()
                : store.followUpsOwnedInSpaces(spaceKeys, readers.iterator().next());
        for (FollowUp f : followUps) {
            if (f.open() && f.ownerKey() != null) {
                sink.add(f.spaceKey(), f.ownerKey(), new OpenItem(KIND, f.title(),
                        f.due() == null ? null : f.due().atStartOfDay(ZoneOffset.UTC).toInstant(), f.overdue(today), f.pageId(), f.titleText()));
            }
        }
    }
}
