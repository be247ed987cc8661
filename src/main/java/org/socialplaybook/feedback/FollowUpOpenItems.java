package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.TimeSource;

/**
 * The open follow-ups a reader owns in a space, for the Monday digest (on boards whose page they may view): overdue
 * first, then by due date. One query per space, also for hundreds of readers at once.
 */
@Named
public class FollowUpOpenItems extends OpenItemsByReader {
    static final String KIND = "follow-up";

    private final FeedbackStore store;
    private final ReaderAccess access;
    private final TimeSource time;

    @Inject
    public FollowUpOpenItems(FeedbackStore store, ReaderAccess access, TimeSource time) {
        this.store = store;
        this.access = access;
        this.time = time;
    }

    @Override
    protected void collect(String spaceKey, Map<String, List<OpenItem>> byReader) {
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        for (FollowUp f : store.followUpsInSpace(spaceKey)) {
            List<OpenItem> items = f.open() && f.ownerKey() != null ? byReader.get(f.ownerKey()) : null;
            if (items != null && access.canView(f.ownerKey(), f.pageId())) {
                items.add(new OpenItem(KIND, f.title(), f.due() == null ? null : f.due().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        f.overdue(today), f.pageId(), f.titleText()));
            }
        }
    }
}
