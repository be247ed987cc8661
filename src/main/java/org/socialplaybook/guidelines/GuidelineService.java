package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;

/**
 * A reader and the guidelines: where they stand on one guideline (with what changed since they accepted it), "I
 * have read and accept" (as themselves only, idempotent per person and version), and every guideline of a space
 * that waits for them. Group membership is asked now, so people who join a group later are pending.
 */
@Named
public class GuidelineService {
    private final GuidelineStore store;
    private final GuidelinePeople people;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final TimeSource time;

    @Inject
    public GuidelineService(GuidelineStore store, GuidelinePeople people, PageAccess pageAccess,
                            CurrentUser currentUser, TimeSource time) {
        this.store = store;
        this.people = people;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.time = time;
    }

    /** Where the current user stands on a guideline. */
    public record ReaderSituation(Guideline guideline, Kind kind, ReaderStatus status, List<WordDiff.Chunk> changes) {
        public enum Kind { NOT_REQUIRED, ANONYMOUS, NOT_IN_AUDIENCE, READER }

        /** The words that changed since the reader's last acknowledgement; null when unknown or too large. */
        public List<WordDiff.Chunk> changes() {
            return changes;
        }
    }

    /** One guideline that waits for the current user. */
    public record Waiting(Guideline guideline, ReaderStatus status) {
    }

    /** Queries: one (this person's acknowledgements), plus one when the text changed since they accepted it. */
    public ReaderSituation situation(Guideline guideline) {
        return situation(guideline, null);
    }

    /**
     * The same, reading the acknowledgements and versions from what this page render loaded for this reader when it
     * has them ({@code prefetch} may be null); what it lacks is queried as above.
     */
    public ReaderSituation situation(Guideline guideline, GuidelinePrefetch prefetch) {
        if (!guideline.ackRequired()) {
            return new ReaderSituation(guideline, ReaderSituation.Kind.NOT_REQUIRED, null, null);
        }
        Optional<String> user = currentUser.key();
        if (user.isEmpty()) {
            return new ReaderSituation(guideline, ReaderSituation.Kind.ANONYMOUS, null, null);
        }
        if (!guideline.audience().contains(user.get(), people)) {
            return new ReaderSituation(guideline, ReaderSituation.Kind.NOT_IN_AUDIENCE, null, null);
        }
        GuidelinePrefetch loaded = prefetch != null && prefetch.readerIs(user.get()) ? prefetch : null;
        List<Acknowledgement> mine = loaded == null ? null : loaded.acknowledgements(guideline.id());
        if (mine == null) {
            mine = store.acknowledgements(guideline.id(), user.get());
        }
        ReaderStatus status = ReaderStatus.of(guideline, mine, time.now());
        List<WordDiff.Chunk> changes = null;
        if (status.state() == ReaderStatus.State.CHANGED) {
            changes = changes(guideline, status.latest(), loaded);
        }
        return new ReaderSituation(guideline, ReaderSituation.Kind.READER, status, changes);
    }

    private List<WordDiff.Chunk> changes(Guideline guideline, Acknowledgement accepted, GuidelinePrefetch prefetch) {
        GuidelineVersion before = prefetch == null ? null : prefetch.version(accepted.versionId());
        GuidelineVersion now = prefetch == null ? null : prefetch.version(guideline.currentVersionId());
        if (before == null || now == null) {
            Map<Integer, GuidelineVersion> versions = new HashMap<>();
            for (GuidelineVersion v : store.versionsById(List.of(accepted.versionId(), guideline.currentVersionId()))) {
                versions.put(v.id(), v);
            }
            before = versions.get(accepted.versionId());
            now = versions.get(guideline.currentVersionId());
        }
        if (before == null || now == null || before.text().isEmpty()) {
            return null;
        }
        return WordDiff.summarize(before.text(), now.text());
    }

    /** The guideline, if it exists and the caller may view its page (404 otherwise, without telling which). */
    public Guideline requireVisible(String spaceKey, String key) {
        Guideline guideline = store.find(spaceKey, key == null ? "" : key.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.guidelines.error.not-found", key));
        if (!pageAccess.canView(guideline.pageId())) {
            throw PlaybookException.notFound("social-playbook.guidelines.error.not-found", key);
        }
        return guideline;
    }

    /**
     * "I have read and accept" the version the reader saw, as the logged-in user. The version must still be the
     * current one (409 when the text changed meanwhile). Someone whose acknowledgement already covers the current
     * version (the same version twice, or a typo fix under "version change") gets no second row: one acknowledgement
     * per person and requirement, which also keeps the progress counts counts of people.
     */
    public ReaderSituation acknowledge(String spaceKey, String key, AcknowledgeRequest request) {
        String user = currentUser.requireKey();
        Guideline guideline = requireVisible(spaceKey, key);
        if (!guideline.ackRequired()) {
            throw PlaybookException.invalid("social-playbook.guidelines.error.no-ack-required", guideline.title());
        }
        if (request == null || request.versionId() == null) {
            throw PlaybookException.invalidField("versionId", "social-playbook.guidelines.error.version-missing");
        }
        if (!guideline.audience().contains(user, people)) {
            throw PlaybookException.forbidden("social-playbook.guidelines.error.not-in-audience", guideline.title());
        }
        if (request.versionId() != guideline.currentVersionId()) {
            boolean known = store.versionsById(List.of(request.versionId())).stream()
                    .anyMatch(v -> v.guidelineId() == guideline.id());
            if (!known) {
                throw PlaybookException.invalidField("versionId", "social-playbook.guidelines.error.version-unknown",
                        request.versionId(), guideline.title());
            }
            throw PlaybookException.conflict("social-playbook.guidelines.error.changed-meanwhile", guideline.title());
        }
        List<Acknowledgement> mine = store.acknowledgements(guideline.id(), user);
        if (ReaderStatus.of(guideline, mine, time.now()).pending()) {
            try {
                store.acknowledge(guideline, user, time.now());
            } catch (RuntimeException e) {
                // a second click that raced the first: the unique token kept one row; anything else is a failure
                store.findAcknowledgement(guideline.currentVersionId(), user).orElseThrow(() -> e);
            }
        }
        return situation(guideline);
    }

    /**
     * Every guideline of the space on a page the user may view that waits for their acknowledgement: overdue first,
     * then by due date, then by title. Two queries whatever the number of guidelines.
     */
    public List<Waiting> waitingFor(String spaceKey) {
        pageAccess.requireSpaceView(spaceKey);
        String user = currentUser.requireKey();
        List<Guideline> guidelines = store.inSpace(spaceKey);
        Map<Integer, List<Acknowledgement>> mine = new HashMap<>();
        for (Acknowledgement ack : store.acknowledgementsInSpace(spaceKey, user)) {
            mine.computeIfAbsent(ack.guidelineId(), id -> new ArrayList<>()).add(ack);
        }
        Instant now = time.now();
        Map<Long, Boolean> visible = new HashMap<>();
        List<Waiting> waiting = new ArrayList<>();
        for (Guideline g : guidelines) {
            if (!g.ackRequired() || !g.hasVersion() || !g.audience().contains(user, people)
                    || !visible.computeIfAbsent(g.pageId(), pageAccess::canView)) {
                continue;
            }
            ReaderStatus status = ReaderStatus.of(g, mine.getOrDefault(g.id(), List.of()), now);
            if (status.pending()) {
                waiting.add(new Waiting(g, status));
            }
        }
        waiting.sort(Comparator.comparing((Waiting w) -> !w.status().overdue())
                .thenComparing(w -> w.status().due() == null ? Instant.MAX : w.status().due())
                .thenComparing(w -> w.guideline().title(), String.CASE_INSENSITIVE_ORDER));
        return waiting;
    }

    public Instant now() {
        return time.now();
    }
}
