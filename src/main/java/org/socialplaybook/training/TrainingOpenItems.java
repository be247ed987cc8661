package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.OpenItem;
import org.socialplaybook.platform.OpenItemsByReader;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.TrainingRules.ModuleState;
import org.socialplaybook.training.TrainingRules.ModuleStanding;
import org.socialplaybook.training.TrainingRules.Standing;

/**
 * The training waiting for a reader, for the Monday digest: in each programme of the space whose audience they are in
 * now, on a page they may view, every module that counts (the required ones) and is overdue, a refresher due, or due
 * within {@link TrainingRules#DUE_SOON_DAYS} days ({@link TrainingRules#waiting}), with its due day; overdue first,
 * then by due day. A refresher that is due carries the day it became due ({@link OpenItem#refresherDueSince}). Three queries per call (programmes, modules, learners), for one space or all of a reader's spaces, and two for
 * the role matrices the audiences name (per hundred matrices), whatever the number of programmes, spaces or readers.
 */
@Named
public class TrainingOpenItems extends OpenItemsByReader {
    static final String KIND = "training";

    private final TrainingStore store;
    private final TrainingReports reports;

    @Inject
    public TrainingOpenItems(TrainingStore store, TrainingReports reports, ReaderAccess access) {
        super(access);
        this.store = store;
        this.reports = reports;
    }

    @Override
    protected void collect(Collection<String> spaceKeys, Set<String> readers, Sink sink) {
        List<Programme> programmes = store.programmesInSpaces(spaceKeys);
        if (programmes.isEmpty()) {
            return;
        }
        for (TrainingReports.Snapshot snapshot : reports.snapshots(programmes)) {
            Programme programme = snapshot.programme();
            Map<Integer, String> titles = new HashMap<>();
            for (Module m : snapshot.modules()) {
                titles.put(m.id(), m.title() + " (" + programme.title() + ")");
            }
            for (String user : readers) {
                Standing standing = snapshot.standings().get(user);
                if (standing == null) {
                    continue;
                }
                for (ModuleStanding m : standing.modules()) {
                    if (TrainingRules.waiting(m, snapshot.today())) {
                        Instant due = m.due().atStartOfDay(ZoneOffset.UTC).toInstant();
                        Instant refresherSince = m.state() == ModuleState.REFRESHER_DUE && m.validUntil() != null
                                ? m.validUntil().atStartOfDay(ZoneOffset.UTC).toInstant() : null;
                        sink.add(programme.spaceKey(), user, new OpenItem(KIND, titles.get(m.moduleId()), due, m.overdue(),
                                programme.pageId(), programme.id() + "/" + m.moduleId(), null, refresherSince));
                    }
                }
            }
        }
    }
}
