package org.socialplaybook.feedback;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsProvider;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.TimeSource;

/**
 * The open follow-ups a reader owns in a space, for the Monday digest (on boards whose page they may view): overdue
 * first, then by due date. One query per space, also for hundreds of readers at once.
 */
@Named
public class FollowUpOpenItems implements OpenItemsProvider {
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
    public List<OpenItem> openItemsFor(String spaceKey, String userKey) {
        return openItemsFor(spaceKey, List.of(userKey)).get(userKey);
    }

    @Override
    public Map<String, List<OpenItem>> openItemsFor(String spaceKey, Collection<String> userKeys) {
        Map<String, List<OpenItem>> all = new LinkedHashMap<>();
        userKeys.forEach(k -> all.put(k, new ArrayList<>()));
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        for (FollowUp f : store.followUpsInSpace(spaceKey)) {
            List<OpenItem> items = f.open() && f.ownerKey() != null ? all.get(f.ownerKey()) : null;
            if (items != null && access.canView(f.ownerKey(), f.pageId())) {
                items.add(new OpenItem(KIND, f.title(), f.due() == null ? null : f.due().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        f.overdue(today), f.pageId()));
            }
        }
        for (List<OpenItem> items : all.values()) {
            items.sort(Comparator.comparing((OpenItem i) -> !i.overdue())
                    .thenComparing(i -> i.due() == null ? java.time.Instant.MAX : i.due()));
        }
        return all;
    }
}
