package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;

/**
 * What owners and space admins see: per guideline, who in the audience (evaluated now) acknowledged the current
 * version, who is pending or overdue, and the complete acknowledgement history. Everyone else gets 403. Whatever
 * the audience size or number of acknowledgements, a report costs two queries and a progress bar one.
 */
@Named
public class GuidelineReports {
    private final GuidelineStore store;
    private final GuidelinePeople people;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final TimeSource time;

    @Inject
    public GuidelineReports(GuidelineStore store, GuidelinePeople people, PageAccess pageAccess,
                            CurrentUser currentUser, TimeSource time) {
        this.store = store;
        this.people = people;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** One person in a report: their standing, and whether they are in the audience now. */
    public record Row(String userKey, ReaderStatus status, boolean inAudience) {
    }

    /** A guideline's report: progress, one row per person (pending first), and every acknowledgement, oldest first. */
    public record Report(Guideline guideline, Progress progress, List<Row> rows, List<Acknowledgement> history) {
    }

    /** Owners (the block's owners parameter) and the space's admins. */
    public boolean canSeeReport(Guideline guideline) {
        Optional<String> user = currentUser.key();
        return user.isPresent() && (guideline.owners().contains(user.get()) || pageAccess.isSpaceAdmin(guideline.spaceKey()));
    }

    /**
     * The acknowledged share of the audience for the block's bar: one count query (per 2,000 audience members),
     * whatever the number of acknowledgements. Only audience members count; an acknowledgement is recorded once
     * per person and requirement, so the count is of people.
     */
    public Progress progress(Guideline guideline) {
        if (guideline.audience().isOpen()) {
            return Progress.counted(guideline, 0, store.countCovering(guideline, null), time.now());
        }
        Set<String> members = guideline.audience().members(people);
        int acknowledged = members.isEmpty() ? 0 : store.countCovering(guideline, members);
        return Progress.counted(guideline, members.size(), acknowledged, time.now());
    }

    /** The same, from the figures this page render loaded when they still count this guideline (no query then). */
    public Progress progress(Guideline guideline, GuidelinePrefetch prefetch) {
        GuidelinePrefetch.Bar bar = prefetch == null ? null : prefetch.bar(guideline);
        if (bar == null) {
            return progress(guideline);
        }
        return Progress.counted(guideline, bar.audience(), bar.acknowledged(), time.now());
    }

    public Report report(String spaceKey, String key) {
        Guideline guideline = requireReportable(spaceKey, key);
        Instant now = time.now();
        List<Acknowledgement> history = store.acknowledgements(guideline.id());
        Map<String, List<Acknowledgement>> byUser = new LinkedHashMap<>();
        for (Acknowledgement ack : history) {
            byUser.computeIfAbsent(ack.userKey(), k -> new ArrayList<>()).add(ack);
        }
        Set<String> members = guideline.audience().members(people);
        List<Row> rows = new ArrayList<>();
        for (String member : members) {
            rows.add(new Row(member, ReaderStatus.of(guideline, byUser.getOrDefault(member, List.of()), now), true));
        }
        for (Map.Entry<String, List<Acknowledgement>> e : byUser.entrySet()) {
            if (!members.contains(e.getKey())) {
                boolean open = guideline.audience().isOpen();
                rows.add(new Row(e.getKey(), ReaderStatus.of(guideline, e.getValue(), now), open));
            }
        }
        List<String> covered = rows.stream().filter(r -> !r.status().pending()).map(Row::userKey).toList();
        return new Report(guideline, Progress.of(guideline, members, covered, now), rows, history);
    }

    private Guideline requireReportable(String spaceKey, String key) {
        Guideline guideline = store.find(spaceKey, key == null ? "" : key.toLowerCase(Locale.ROOT))
                .filter(g -> pageAccess.canView(g.pageId()))
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.guidelines.error.not-found", key));
        currentUser.requireKey();
        if (!canSeeReport(guideline)) {
            throw PlaybookException.forbidden("social-playbook.guidelines.error.report-forbidden", guideline.title());
        }
        return guideline;
    }
}
