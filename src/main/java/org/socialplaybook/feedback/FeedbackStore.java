package org.socialplaybook.feedback;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.feedback.FeedbackEnums.JiraState;
import org.socialplaybook.feedback.FeedbackEnums.State;
import org.socialplaybook.jira.JiraIssue;
import org.socialplaybook.platform.AoDeletes;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.AoRows;
import org.socialplaybook.platform.GeneratedText;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.InLists;
import org.socialplaybook.platform.PlaybookException;

/**
 * The only class of the capability that touches ActiveObjects. Boards load in one query per table; writes run in
 * transactions; follow-ups carry an optimistic-lock VERSION; Jira deliveries are claimed with a unique lease row.
 */
@Named
public class FeedbackStore {
    /** Ids per {@code IN (...)} query. */
    static final int IN_CHUNK = 200;

    private final ActiveObjects ao;

    @Inject
    public FeedbackStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // --- feedback ---

    public FeedbackItem createFeedback(String spaceKey, String boardKey, long pageId, String authorKey,
                                       FeedbackEnums.Subject subject, String subjectRef, FeedbackEnums.Kind kind,
                                       FeedbackEnums.Visibility visibility, String body, Instant now) {
        return ao.executeInTransaction(() -> {
            FeedbackItemEntity e = ao.create(FeedbackItemEntity.class,
                    new DBParam(FeedbackItemEntity.SPACE_KEY, spaceKey), new DBParam(FeedbackItemEntity.BOARD_KEY, boardKey),
                    new DBParam(FeedbackItemEntity.AUTHOR_KEY, authorKey), new DBParam(FeedbackItemEntity.SUBJECT, subject.name()),
                    new DBParam(FeedbackItemEntity.KIND, kind.name()), new DBParam(FeedbackItemEntity.VISIBILITY, visibility.name()));
            e.setPageId(pageId);
            e.setSubjectRef(subjectRef);
            e.setBody(body);
            e.setCreatedAt(Date.from(now));
            e.save();
            return feedback(e);
        });
    }

    public List<FeedbackItem> feedback(String spaceKey, String boardKey) {
        return AoRows.list(ao, FeedbackItemEntity.class, Query.select()
                .where(FeedbackItemEntity.SPACE_KEY + " = ? AND " + FeedbackItemEntity.BOARD_KEY + " = ?", spaceKey, boardKey)
                .order("ID DESC"), FeedbackStore::feedback);
    }

    /** Every feedback item of a space, on every board, oldest first (an export). */
    public List<FeedbackItem> feedbackInSpace(String spaceKey) {
        return AoRows.list(ao, FeedbackItemEntity.class, Query.select()
                .where(FeedbackItemEntity.SPACE_KEY + " = ?", spaceKey).order("ID"), FeedbackStore::feedback);
    }

    public Optional<FeedbackItem> feedbackItem(int id) {
        FeedbackItemEntity e = ao.get(FeedbackItemEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(feedback(e));
    }

    // --- follow-ups ---

    public FollowUp createFollowUp(NewFollowUp n, Instant now) {
        return ao.executeInTransaction(() -> followUp(insert(n, now)));
    }

    /**
     * A follow-up another capability submitted, at most once per source: the unique source row is inserted in the
     * same transaction; a second submission (even a concurrent one) finds the first follow-up instead.
     */
    public int createFromSource(NewFollowUp n, Instant now) {
        Optional<Integer> existing = bySource(n.sourceRef());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return ao.executeInTransaction(() -> {
                FollowUpEntity e = insert(n, now);
                ao.create(SourceRefEntity.class, new DBParam(SourceRefEntity.REF, n.sourceRef()),
                        new DBParam(SourceRefEntity.FOLLOW_UP_ID, e.getID()));
                return e.getID();
            });
        } catch (RuntimeException duplicate) {
            return bySource(n.sourceRef()).orElseThrow(() -> duplicate);
        }
    }

    /** Records that the follow-up was raised from {@code ref} (an import): its source row, unique like a submission's. */
    public void linkSource(int followUpId, String ref) {
        ao.executeInTransaction(() -> {
            FollowUpEntity e = ao.get(FollowUpEntity.class, followUpId);
            if (e == null) {
                throw new IllegalStateException("No follow-up " + followUpId);
            }
            e.setSourceRef(ref);
            e.save();
            ao.create(SourceRefEntity.class, new DBParam(SourceRefEntity.REF, ref),
                    new DBParam(SourceRefEntity.FOLLOW_UP_ID, followUpId));
            return null;
        });
    }

    private Optional<Integer> bySource(String ref) {
        SourceRefEntity[] found = ao.find(SourceRefEntity.class, Query.select().where(SourceRefEntity.REF + " = ?", ref));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0].getFollowUpId());
    }

    private FollowUpEntity insert(NewFollowUp n, Instant now) {
        FollowUpEntity e = ao.create(FollowUpEntity.class,
                new DBParam(FollowUpEntity.SPACE_KEY, n.spaceKey()), new DBParam(FollowUpEntity.BOARD_KEY, n.boardKey()),
                new DBParam(FollowUpEntity.TITLE, n.title()), new DBParam(FollowUpEntity.AUTHOR_KEY, n.authorKey()),
                new DBParam(FollowUpEntity.STATE, State.OPEN.name()), new DBParam(FollowUpEntity.JIRA_STATE, JiraState.LOCAL.name()),
                new DBParam(FollowUpEntity.MARKER, FollowUpRules.newMarker()));
        e.setPageId(n.pageId());
        e.setDescription(n.description());
        e.setTitleMsg(n.titleText() == null ? null : n.titleText().toJson());
        e.setDescriptionMsg(n.descriptionText() == null ? null : n.descriptionText().toJson());
        e.setOwnerKey(n.ownerKey());
        e.setDueOn(n.due() == null ? null : Date.from(n.due().atStartOfDay(ZoneOffset.UTC).toInstant()));
        e.setSubjectKey(n.subjectKey());
        e.setFeedbackId(n.feedbackId());
        e.setCreatedAt(Date.from(now));
        e.setSourceRef(n.sourceRef());
        e.setDoneByJira(false);
        e.setAttempts(0);
        e.setNextTryMs(0);
        e.setVersion(1);
        e.save();
        return e;
    }

    public Optional<FollowUp> followUp(int id) {
        FollowUpEntity e = ao.get(FollowUpEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(followUp(e));
    }

    /** A board's follow-ups, oldest first, in one query; those whose page or source page is in the trash left out. */
    public List<FollowUp> followUps(String spaceKey, String boardKey) {
        return AoRows.list(ao, FollowUpEntity.class, Query.select()
                .where(FollowUpEntity.SPACE_KEY + " = ? AND " + FollowUpEntity.BOARD_KEY + " = ? AND "
                        + FollowUpEntity.TRASHED + " = ?", spaceKey, boardKey, false)
                .order("ID"), FeedbackStore::followUp);
    }

    /** Every follow-up of a space (the managers' view), in one query. */
    /** The follow-ups of several spaces that one person owns (not trashed): one query per {@value #IN_CHUNK} spaces. */
    public List<FollowUp> followUpsOwnedInSpaces(Collection<String> spaceKeys, String ownerKey) {
        List<FollowUp> found = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(new ArrayList<>(new java.util.LinkedHashSet<>(spaceKeys)), IN_CHUNK)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(ownerKey);
            parameters.add(false);
            found.addAll(AoRows.list(ao, FollowUpEntity.class, Query.select()
                    .where(InLists.in(FollowUpEntity.SPACE_KEY, chunk.size()) + " AND " + FollowUpEntity.OWNER_KEY + " = ? AND "
                            + FollowUpEntity.TRASHED + " = ?", parameters.toArray())
                    .order("ID"), FeedbackStore::followUp));
        }
        return found;
    }

    public List<FollowUp> followUpsInSpace(String spaceKey) {
        return AoRows.list(ao, FollowUpEntity.class, Query.select()
                .where(FollowUpEntity.SPACE_KEY + " = ? AND " + FollowUpEntity.TRASHED + " = ?", spaceKey, false)
                .order("ID"), FeedbackStore::followUp);
    }

    public List<FollowUp> followUps(Collection<Integer> ids) {
        List<FollowUp> found = new ArrayList<>();
        List<Integer> all = List.copyOf(ids);
        for (List<Integer> chunk : InLists.chunks(all, IN_CHUNK)) {
            for (FollowUpEntity e : ao.find(FollowUpEntity.class, Query.select().where(InLists.in("ID", chunk.size()), chunk.toArray()))) {
                found.add(followUp(e));
            }
        }
        return found;
    }

    /**
     * Puts follow-ups in the outbox: LOCAL or FAILED ones become WAITING with the project, type and labels given
     * (one transaction; ones already waiting or linked are left alone, so a second click changes nothing).
     * Returns the ids now waiting.
     */
    public List<Integer> requestJira(Collection<Integer> ids, String spaceKey, String boardKey, String project,
                                     String issueType, List<String> labels, long nowMs) {
        return ao.executeInTransaction(() -> {
            List<Integer> waiting = new ArrayList<>();
            for (FollowUpEntity e : entities(ids)) {
                if (!e.getSpaceKey().equals(spaceKey) || !e.getBoardKey().equals(boardKey)) {
                    throw PlaybookException.notFound("social-playbook.feedback.followup-not-found", String.valueOf(e.getID()));
                }
                if (jiraState(e) == JiraState.LOCAL || jiraState(e) == JiraState.FAILED) {
                    e.setJiraState(JiraState.WAITING.name());
                    e.setJiraProject(project);
                    e.setJiraType(issueType);
                    e.setLabels(String.join(" ", labels));
                    e.setAttempts(0);
                    e.setNextTryMs(nowMs);
                    e.setLastError(null);
                    e.setVersion(e.getVersion() + 1);
                    e.save();
                    waiting.add(e.getID());
                } else if (jiraState(e) == JiraState.WAITING) {
                    waiting.add(e.getID());
                }
            }
            return waiting;
        });
    }

    private List<FollowUpEntity> entities(Collection<Integer> ids) {
        List<FollowUpEntity> found = new ArrayList<>();
        List<Integer> all = List.copyOf(ids);
        for (List<Integer> chunk : InLists.chunks(all, IN_CHUNK)) {
            found.addAll(List.of(ao.find(FollowUpEntity.class, Query.select().where(InLists.in("ID", chunk.size()), chunk.toArray()))));
        }
        if (found.size() != all.stream().distinct().count()) {
            throw PlaybookException.notFound("social-playbook.feedback.followup-not-found", String.valueOf(all));
        }
        return found;
    }

    /** Outbox rows due now, oldest first. */
    public List<Integer> dueForJira(long nowMs, int limit) {
        return Arrays.stream(ao.find(FollowUpEntity.class, Query.select()
                        .where(FollowUpEntity.JIRA_STATE + " = ? AND " + FollowUpEntity.NEXT_TRY_MS + " <= ?", JiraState.WAITING.name(), nowMs)
                        .order(FollowUpEntity.NEXT_TRY_MS).limit(limit)))
                .map(FollowUpEntity::getID).toList();
    }

    public int waitingCount() {
        return ao.count(FollowUpEntity.class, Query.select().where(FollowUpEntity.JIRA_STATE + " = ?", JiraState.WAITING.name()));
    }

    /** Linked follow-ups of a space still open whose status was last synced before {@code beforeMs}. */
    public List<FollowUp> linkedOpen(String spaceKey) {
        return AoRows.list(ao, FollowUpEntity.class, Query.select()
                .where(FollowUpEntity.SPACE_KEY + " = ? AND " + FollowUpEntity.JIRA_STATE + " = ? AND "
                        + FollowUpEntity.STATE + " = ?", spaceKey, JiraState.LINKED.name(), State.OPEN.name()),
                FeedbackStore::followUp);
    }

    /** Spaces that have open linked follow-ups (the scheduled status sync walks them). */
    public List<String> spacesWithLinkedOpen(int limit) {
        return Arrays.stream(ao.find(FollowUpEntity.class, Query.select()
                        .where(FollowUpEntity.JIRA_STATE + " = ? AND " + FollowUpEntity.STATE + " = ?", JiraState.LINKED.name(), State.OPEN.name())
                        .limit(limit)))
                .map(FollowUpEntity::getSpaceKey).distinct().toList();
    }

    // --- the lease: one deliverer per follow-up across the cluster ---

    /** True when this caller now holds the follow-up's lease (an expired lease is taken over). */
    public boolean claim(int followUpId, String holder, long nowMs, long leaseMs) {
        ao.deleteWithSQL(JiraLeaseEntity.class, JiraLeaseEntity.FOLLOW_UP_ID + " = ? AND " + JiraLeaseEntity.EXPIRES_MS + " < ?",
                followUpId, nowMs);
        try {
            ao.create(JiraLeaseEntity.class, new DBParam(JiraLeaseEntity.FOLLOW_UP_ID, followUpId),
                    new DBParam(JiraLeaseEntity.HOLDER, holder), new DBParam(JiraLeaseEntity.EXPIRES_MS, nowMs + leaseMs));
            return true;
        } catch (RuntimeException taken) {
            return false;
        }
    }

    public void release(int followUpId, String holder) {
        ao.deleteWithSQL(JiraLeaseEntity.class, JiraLeaseEntity.FOLLOW_UP_ID + " = ? AND " + JiraLeaseEntity.HOLDER + " = ?",
                followUpId, holder);
    }

    // --- outcomes ---

    /** The follow-up now points at a Jira issue (created by us, found by its marker, or linked by a person). */
    public FollowUp markLinked(int id, String key, JiraIssue issue, Instant now) {
        return ao.executeInTransaction(() -> {
            FollowUpEntity e = require(id);
            e.setJiraState(JiraState.LINKED.name());
            e.setJiraKey(key);
            e.setLastError(null);
            e.setNextTryMs(0);
            if (issue != null) {
                applySnapshot(e, issue, now);
            }
            e.setVersion(e.getVersion() + 1);
            e.save();
            return followUp(e);
        });
    }

    /**
     * Records why follow-ups still wait without having been tried (Jira looked down when they were asked for): the
     * reason is shown until the job tries them. No attempt is counted; rows no longer waiting are left alone.
     */
    public void noteWaitingReason(Collection<Integer> ids, String reasonKey) {
        ao.executeInTransaction(() -> {
            for (FollowUpEntity e : entities(ids)) {
                if (jiraState(e) == JiraState.WAITING) {
                    e.setLastError(reasonKey);
                    e.save();
                }
            }
            return null;
        });
    }

    /** An attempt failed: remember why, when to try again, or (for good) FAILED. */
    public void markAttemptFailed(int id, String errorKey, long nextTryMs, boolean forGood) {
        ao.executeInTransaction(() -> {
            FollowUpEntity e = require(id);
            if (jiraState(e) != JiraState.WAITING) {
                return null;
            }
            e.setAttempts(e.getAttempts() + 1);
            e.setLastError(errorKey);
            e.setNextTryMs(nextTryMs);
            if (forGood) {
                e.setJiraState(JiraState.FAILED.name());
            }
            e.save();
            return null;
        });
    }

    /** Stores what Jira said about linked follow-ups (only rows that changed); a resolution marks them done. */
    public void applySnapshots(Map<Integer, JiraIssue> byFollowUp, Collection<Integer> missing, Instant now) {
        if (byFollowUp.isEmpty() && missing.isEmpty()) {
            return;
        }
        ao.executeInTransaction(() -> {
            List<Integer> ids = new ArrayList<>(byFollowUp.keySet());
            ids.addAll(missing);
            for (FollowUpEntity e : entities(ids)) {
                JiraIssue issue = byFollowUp.get(e.getID());
                if (issue != null) {
                    applySnapshot(e, issue, now);
                } else {
                    e.setJiraStatus(null);
                    e.setJiraStatusCat("missing");
                    e.setSyncedAt(Date.from(now));
                }
                e.save();
            }
            return null;
        });
    }

    private static void applySnapshot(FollowUpEntity e, JiraIssue issue, Instant now) {
        e.setJiraStatus(issue.status());
        e.setJiraStatusCat(issue.statusCategory());
        e.setJiraAssignee(issue.assigneeDisplayName());
        e.setJiraResolution(issue.resolution());
        e.setSyncedAt(Date.from(now));
        if (issue.resolved() && state(e) == State.OPEN) {
            e.setState(State.DONE.name());
            e.setDoneAt(Date.from(now));
            e.setDoneByJira(true);
        } else if (!issue.resolved() && state(e) == State.DONE && e.isDoneByJira()) {
            e.setState(State.OPEN.name());
            e.setDoneAt(null);
            e.setDoneByJira(false);
        }
    }

    /**
     * Marks a follow-up done or open again, if nobody changed it since {@code version} (else 409). Takes the row's
     * write lock before it reads the version, so of two changes at once (two nodes, two clicks) one waits for the
     * other and then sees its version: one wins, the other gets 409, none is lost.
     */
    public FollowUp setState(int id, int version, State state, Instant now) {
        return ao.executeInTransaction(() -> {
            FollowUpEntity locked = require(id);
            // UPDATE ... WHERE ID = ?: the row lock is ours until commit. The column touched is one this method
            // rewrites (or rolls back with the 409), never VERSION: that would write back the version read before
            // the lock, and the check below would see its own stale write
            locked.setState(locked.getState());
            locked.save();
            FollowUpEntity e = require(id);
            if (e.getVersion() != version) {
                throw EditVersions.refusal(version, e.getVersion(), "social-playbook.feedback.changed-meanwhile");
            }
            e.setState(state.name());
            e.setDoneAt(state == State.DONE ? Date.from(now) : null);
            e.setDoneByJira(false);
            e.setVersion(version + 1);
            e.save();
            return followUp(e);
        });
    }

    private FollowUpEntity require(int id) {
        FollowUpEntity e = ao.get(FollowUpEntity.class, id);
        if (e == null) {
            throw PlaybookException.notFound("social-playbook.feedback.followup-not-found", String.valueOf(id));
        }
        return e;
    }

    // --- mapping ---

    private static FeedbackItem feedback(FeedbackItemEntity e) {
        return new FeedbackItem(e.getID(), e.getSpaceKey(), e.getBoardKey(), e.getPageId(), e.getAuthorKey(),
                FeedbackEnums.Subject.valueOf(e.getSubject()), e.getSubjectRef(), FeedbackEnums.Kind.valueOf(e.getKind()),
                FeedbackEnums.Visibility.valueOf(e.getVisibility()), e.getBody(), instant(e.getCreatedAt()));
    }

    private static FollowUp followUp(FollowUpEntity e) {
        String labels = e.getLabels();
        return new FollowUp(e.getID(), e.getSpaceKey(), e.getBoardKey(), e.getPageId(), e.getTitle(), e.getDescription(),
                e.getOwnerKey(), e.getDueOn() == null ? null : LocalDate.ofInstant(e.getDueOn().toInstant(), ZoneOffset.UTC),
                e.getAuthorKey(), e.getSubjectKey(), e.getFeedbackId(), state(e), instant(e.getCreatedAt()),
                instant(e.getDoneAt()), e.isDoneByJira(), jiraState(e), e.getJiraKey(), e.getJiraProject(),
                e.getJiraType(), labels == null || labels.isBlank() ? List.of() : List.of(labels.split(" ")),
                e.getMarker(), e.getAttempts(), e.getNextTryMs() == 0 ? null : Instant.ofEpochMilli(e.getNextTryMs()),
                e.getLastError(), e.getJiraStatus(), e.getJiraStatusCat(), e.getJiraAssignee(), e.getJiraResolution(),
                instant(e.getSyncedAt()), e.getVersion(), GeneratedText.fromJson(e.getTitleMsg()).orElse(null),
                GeneratedText.fromJson(e.getDescriptionMsg()).orElse(null));
    }

    private static State state(FollowUpEntity e) {
        return State.valueOf(e.getState());
    }

    private static JiraState jiraState(FollowUpEntity e) {
        return JiraState.valueOf(e.getJiraState());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    // --- the page's life cycle (FeedbackLifecycle): each call is one transaction ---

    /** The board keys the space's feedback and follow-ups use (a copied board takes one that is free). */
    public java.util.Set<String> boardKeys(String spaceKey) {
        java.util.Set<String> keys = new java.util.HashSet<>(AoRows.list(ao, FollowUpEntity.class, Query.select()
                .where(FollowUpEntity.SPACE_KEY + " = ?", spaceKey), FollowUpEntity::getBoardKey));
        keys.addAll(AoRows.list(ao, FeedbackItemEntity.class, Query.select()
                .where(FeedbackItemEntity.SPACE_KEY + " = ?", spaceKey), FeedbackItemEntity::getBoardKey));
        return keys;
    }

    /**
     * Deletes the page's feedback and follow-ups, and the follow-ups raised from the page's data ({@code raised}:
     * ids, and those recorded when the page went to the trash), with their Jira leases and source references.
     */
    public int deletePage(long pageId, Collection<Long> raised) {
        return ao.executeInTransaction(() -> {
            List<Integer> followUps = new ArrayList<>();
            for (FollowUpEntity e : onPage(pageId, raised)) {
                followUps.add(e.getID());
            }
            return deleteFollowUps(followUps)
                    + ao.deleteWithSQL(FeedbackItemEntity.class, FeedbackItemEntity.PAGE_ID + " = ?", pageId);
        });
    }

    /** Deletes every feedback item and follow-up of the space. */
    public int removeSpace(String spaceKey) {
        return ao.executeInTransaction(() -> {
            List<Integer> followUps = new ArrayList<>();
            for (FollowUpEntity e : ao.find(FollowUpEntity.class, Query.select().where(FollowUpEntity.SPACE_KEY + " = ?", spaceKey))) {
                followUps.add(e.getID());
            }
            return deleteFollowUps(followUps)
                    + ao.deleteWithSQL(FeedbackItemEntity.class, FeedbackItemEntity.SPACE_KEY + " = ?", spaceKey);
        });
    }

    private int deleteFollowUps(List<Integer> followUps) {
        AoDeletes.cascade(ao, FollowUpEntity.class, followUps, IN_CHUNK,
                AoDeletes.child(JiraLeaseEntity.class, JiraLeaseEntity.FOLLOW_UP_ID),
                AoDeletes.child(SourceRefEntity.class, SourceRefEntity.FOLLOW_UP_ID));
        return followUps.size();
    }

    /**
     * Hides ({@code true}) or shows again the follow-ups raised on the page and those raised from its data
     * ({@code raised}: ids; they remember the page, so that restoring or purging it finds them without asking).
     */
    public void setTrashed(long pageId, Collection<Long> raised, boolean trashed) {
        ao.executeInTransaction(() -> {
            for (FollowUpEntity e : onPage(pageId, raised)) {
                if (e.getPageId() != pageId) {
                    e.setSourcePageId(pageId);
                }
                e.setTrashed(trashed);
                e.save();
            }
            return null;
        });
    }

    /** Follow-ups raised on the page, from it (recorded), or with the ids given (missing ids are skipped). */
    private List<FollowUpEntity> onPage(long pageId, Collection<Long> raised) {
        java.util.Map<Integer, FollowUpEntity> found = new java.util.LinkedHashMap<>();
        for (FollowUpEntity e : ao.find(FollowUpEntity.class, Query.select().where(FollowUpEntity.PAGE_ID + " = ? OR "
                + FollowUpEntity.SOURCE_PAGE_ID + " = ?", pageId, pageId))) {
            found.put(e.getID(), e);
        }
        List<Integer> ids = raised.stream().filter(id -> id > 0 && id <= Integer.MAX_VALUE).map(Long::intValue).toList();
        for (List<Integer> chunk : InLists.chunks(ids, IN_CHUNK)) {
            for (FollowUpEntity e : ao.find(FollowUpEntity.class, Query.select().where(InLists.in("ID", chunk.size()), chunk.toArray()))) {
                found.putIfAbsent(e.getID(), e);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The page's feedback and follow-ups now belong to {@code spaceKey}. */
    public void movePage(long pageId, String spaceKey) {
        ao.executeInTransaction(() -> {
            for (FeedbackItemEntity e : ao.find(FeedbackItemEntity.class, Query.select().where(FeedbackItemEntity.PAGE_ID + " = ?", pageId))) {
                e.setSpaceKey(spaceKey);
                e.save();
            }
            for (FollowUpEntity e : ao.find(FollowUpEntity.class, Query.select().where(FollowUpEntity.PAGE_ID + " = ?", pageId))) {
                e.setSpaceKey(spaceKey);
                e.save();
            }
            return null;
        });
    }

    /**
     * Feedback about the person loses its text, follow-ups about them or written by them their description; their
     * names in every other feedback text and follow-up title or description are replaced. The items, their kind,
     * visibility and dates stay, so the board's counts do not change.
     */
    public int erase(ErasedPerson person) {
        return ao.executeInTransaction(() -> {
            int changed = 0;
            for (FeedbackItemEntity e : ao.find(FeedbackItemEntity.class)) {
                boolean about = FeedbackEnums.Subject.PERSON.name().equals(e.getSubject())
                        && person.userKey().equals(e.getSubjectRef());
                String body = about ? ErasedPerson.erased(e.getBody()) : person.redact(e.getBody());
                if (!Objects.equals(body, e.getBody())) {
                    e.setBody(body);
                    e.save();
                    changed++;
                }
            }
            for (FollowUpEntity e : ao.find(FollowUpEntity.class)) {
                boolean theirs = person.userKey().equals(e.getSubjectKey()) || person.userKey().equals(e.getAuthorKey());
                String description = theirs ? ErasedPerson.erased(e.getDescription()) : person.redact(e.getDescription());
                String title = person.redact(e.getTitle());
                String titleMsg = redacted(e.getTitleMsg(), person);
                String descriptionMsg = theirs ? null : redacted(e.getDescriptionMsg(), person);
                if (!Objects.equals(description, e.getDescription()) || !Objects.equals(title, e.getTitle())
                        || !Objects.equals(titleMsg, e.getTitleMsg()) || !Objects.equals(descriptionMsg, e.getDescriptionMsg())) {
                    e.setDescription(description);
                    e.setTitle(title);
                    e.setTitleMsg(titleMsg);
                    e.setDescriptionMsg(descriptionMsg);
                    e.save();
                    changed++;
                }
            }
            return changed;
        });
    }

    /** A generated text with the person's name replaced in its literal parts (null stays null). */
    private static String redacted(String json, ErasedPerson person) {
        return json == null ? null : GeneratedText.fromJson(json).map(g -> g.mapLiterals(person::redact).toJson()).orElse(null);
    }
}
