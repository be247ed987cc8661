package org.socialplaybook.guidelines;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.platform.CurrentUser;

/**
 * Loads what all guideline blocks of a page render need for the reader, once, when the first block renders, and
 * keeps it in the render's ConversionContext (a property per page) so that every later block of the render reads
 * it: the guidelines seen on this version of the page, the reader's acknowledgements of them, the versions of those changed
 * since the reader accepted them, and the progress bars' figures when the reader may see reports. Queries, whatever
 * the number of blocks (up to {@value GuidelineStore#CHUNK}) and of acknowledgements: one for the guidelines; for
 * a logged-in reader one for their acknowledgements in the space and one for versions when a diff is shown; for an
 * owner or space admin one per {@value GuidelineStore#PEOPLE_WITH_GUIDELINES} audience members (one more when some
 * guidelines have no audience), which reads one row per acknowledgement the bars count. Holds nothing itself: the
 * prefetch lives and dies with the render's context.
 */
@Named
public class GuidelinePrefetcher {
    /** Context property prefix, followed by the page id (a page included in another renders its own blocks). */
    static final String PROPERTY = "org.socialplaybook.social-playbook.guidelines.prefetch.";

    private final GuidelineStore store;
    private final GuidelineReports reports;
    private final GuidelinePeople people;
    private final CurrentUser currentUser;

    @Inject
    public GuidelinePrefetcher(GuidelineStore store, GuidelineReports reports, GuidelinePeople people,
                               CurrentUser currentUser) {
        this.store = store;
        this.reports = reports;
        this.people = people;
        this.currentUser = currentUser;
    }

    /**
     * This render's prefetch for the page and the current reader: loaded by the render's first block and kept in
     * the context; loaded again if the context holds one for someone else.
     */
    public GuidelinePrefetch forRender(ConversionContext context, String spaceKey, long pageId, int pageVersion) {
        String user = currentUser.key().orElse(null);
        String property = PROPERTY + pageId;
        if (context.getProperty(property) instanceof GuidelinePrefetch loaded
                && loaded.isFor(spaceKey, pageId, pageVersion, user)) {
            return loaded;
        }
        GuidelinePrefetch prefetch = load(spaceKey, pageId, pageVersion, user);
        context.setProperty(property, prefetch);
        return prefetch;
    }

    GuidelinePrefetch load(String spaceKey, long pageId, int pageVersion, String user) {
        List<Guideline> guidelines = store.onPage(spaceKey, pageId, pageVersion);
        List<Guideline> required = guidelines.stream().filter(Guideline::ackRequired).toList();
        Map<Integer, List<Acknowledgement>> mine = new HashMap<>();
        Map<Integer, GuidelineVersion> versions = new HashMap<>();
        Map<Integer, GuidelinePrefetch.Bar> bars = new HashMap<>();
        if (user != null && !required.isEmpty()) {
            mine = acknowledgements(spaceKey, required, user);
            versions = versionsForDiffs(required, mine);
            bars = bars(required);
        }
        return new GuidelinePrefetch(spaceKey, pageId, pageVersion, user, guidelines, mine, versions, bars);
    }

    /** The reader's acknowledgements in the space (one query on the space and user index), of these guidelines. */
    private Map<Integer, List<Acknowledgement>> acknowledgements(String spaceKey, List<Guideline> required,
                                                                 String user) {
        Map<Integer, List<Acknowledgement>> mine = new HashMap<>();
        required.forEach(g -> mine.put(g.id(), new ArrayList<>()));
        for (Acknowledgement ack : store.acknowledgementsInSpace(spaceKey, user)) {
            List<Acknowledgement> of = mine.get(ack.guidelineId());
            if (of != null) {
                of.add(ack);
            }
        }
        mine.replaceAll((id, acks) -> List.copyOf(acks));
        return mine;
    }

    /** The accepted and the current version of each guideline the reader accepted in an earlier version. */
    private Map<Integer, GuidelineVersion> versionsForDiffs(List<Guideline> required,
                                                           Map<Integer, List<Acknowledgement>> mine) {
        Set<Integer> wanted = new LinkedHashSet<>();
        for (Guideline g : required) {
            // the state does not depend on the moment (only "overdue" does)
            ReaderStatus status = ReaderStatus.of(g, mine.get(g.id()), Instant.EPOCH);
            if (status.state() == ReaderStatus.State.CHANGED) {
                wanted.add(status.latest().versionId());
                wanted.add(g.currentVersionId());
            }
        }
        Map<Integer, GuidelineVersion> versions = new HashMap<>();
        if (!wanted.isEmpty()) {
            store.versionsById(wanted).forEach(v -> versions.put(v.id(), v));
        }
        return versions;
    }

    /**
     * The progress bars of the guidelines whose report the reader may see, counted as
     * {@link GuidelineReports#progress(Guideline)} counts them: audience members holding a covering acknowledgement
     * (anyone's for an open guideline).
     */
    private Map<Integer, GuidelinePrefetch.Bar> bars(List<Guideline> required) {
        Map<Integer, GuidelinePrefetch.Bar> bars = new HashMap<>();
        List<Guideline> open = new ArrayList<>();
        List<Guideline> closed = new ArrayList<>();
        Map<Integer, Set<String>> members = new HashMap<>();
        Set<String> everyone = new LinkedHashSet<>();
        for (Guideline g : required) {
            if (!reports.canSeeReport(g)) {
                continue;
            }
            if (g.audience().isOpen()) {
                open.add(g);
                continue;
            }
            Set<String> audience = g.audience().members(people);
            members.put(g.id(), audience);
            if (audience.isEmpty()) {
                bars.put(g.id(), new GuidelinePrefetch.Bar(g, 0, 0));
            } else {
                closed.add(g);
                everyone.addAll(audience);
            }
        }
        Map<Integer, List<String>> covering = new HashMap<>();
        if (!closed.isEmpty()) {
            covering.putAll(store.coveringUsers(closed, everyone));
        }
        if (!open.isEmpty()) {
            covering.putAll(store.coveringUsers(open, null));
        }
        for (Guideline g : closed) {
            Set<String> audience = members.get(g.id());
            int acknowledged = (int) covering.getOrDefault(g.id(), List.of()).stream().filter(audience::contains).count();
            bars.put(g.id(), new GuidelinePrefetch.Bar(g, audience.size(), acknowledged));
        }
        for (Guideline g : open) {
            bars.put(g.id(), new GuidelinePrefetch.Bar(g, 0, covering.getOrDefault(g.id(), List.of()).size()));
        }
        return bars;
    }
}
