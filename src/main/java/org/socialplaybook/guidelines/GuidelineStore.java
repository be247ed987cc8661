package org.socialplaybook.guidelines;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.platform.AoRows;
import org.socialplaybook.platform.InLists;

/**
 * The only class that touches Active Objects for guidelines. Every read is one query whatever the number of
 * people or acknowledgements (by scope token, by page, by guideline, by space and user, or by guideline ids in
 * chunks), except the covering acknowledgements of many guidelines at once ({@link #coveringUsers}), read in
 * chunks of guidelines and people; every write runs in a transaction. Entities never leave this class.
 */
@Named
public class GuidelineStore {
    /** Guidelines per {@code OR} query when loading the acknowledgements that cover several guidelines. */
    static final int CHUNK = 50;
    /** Keys per IN list (Oracle's limit is 1,000). */
    static final int IN_LIST = 1000;
    /** Keys per query (SQL Server takes about 2,100 parameters). */
    static final int MAX_PARAMETERS = 2000;
    /**
     * People per query when the covering acknowledgements of up to {@value #CHUNK} guidelines are read at once: the
     * guidelines take up to two parameters each, so the query stays within {@value #MAX_PARAMETERS} parameters.
     */
    static final int PEOPLE_WITH_GUIDELINES = MAX_PARAMETERS - 2 * CHUNK;

    private final ActiveObjects ao;

    @Inject
    public GuidelineStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** What the block's body is now: its fingerprint, canonical text and word count, on which page version. */
    public record Observed(String fingerprint, String label, String canonicalText, int wordCount, int pageVersion) {
    }

    // --- guidelines ---

    public Optional<Guideline> find(String spaceKey, String key) {
        GuidelineEntity[] rows = ao.find(GuidelineEntity.class,
                Query.select().where(GuidelineEntity.SCOPE_TOKEN + " = ?", scopeToken(spaceKey, key)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toGuideline(rows[0]));
    }

    /**
     * The guidelines whose blocks were last seen on this version of the page (not those whose blocks left the page
     * in an earlier version): one query.
     */
    public List<Guideline> onPage(String spaceKey, long pageId, int pageVersion) {
        GuidelineEntity[] rows = ao.find(GuidelineEntity.class, Query.select().where(GuidelineEntity.SPACE_KEY
                + " = ? AND " + GuidelineEntity.PAGE_ID + " = ? AND " + GuidelineEntity.CURRENT_PAGE_VERSION + " = ?",
                spaceKey, pageId, pageVersion).order("ID"));
        return Arrays.stream(rows).map(GuidelineStore::toGuideline).toList();
    }

    /** The space's guidelines, those on trashed pages left out (the overview, "My guidelines", reports, digests). */
    public List<Guideline> inSpace(String spaceKey) {
        GuidelineEntity[] rows = ao.find(GuidelineEntity.class, Query.select()
                .where(GuidelineEntity.SPACE_KEY + " = ? AND " + GuidelineEntity.TRASHED + " = ?", spaceKey, false)
                .order(GuidelineEntity.TITLE + ", ID"));
        return Arrays.stream(rows).map(GuidelineStore::toGuideline).toList();
    }

    /** The guidelines of several spaces (not trashed), by title: one query per {@value #IN_LIST} spaces. */
    public List<Guideline> inSpaces(Collection<String> spaceKeys) {
        List<Guideline> found = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(new ArrayList<>(new LinkedHashSet<>(spaceKeys)), IN_LIST)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(false);
            for (GuidelineEntity row : ao.find(GuidelineEntity.class, Query.select()
                    .where(InLists.in(GuidelineEntity.SPACE_KEY, chunk.size()) + " AND " + GuidelineEntity.TRASHED + " = ?",
                            parameters.toArray())
                    .order(GuidelineEntity.TITLE + ", ID"))) {
                found.add(toGuideline(row));
            }
        }
        return found;
    }

    // --- the page's life cycle (GuidelineLifecycle) ---

    /** Hides ({@code true}) or shows again the guidelines of a page; returns how many. */
    public int setTrashed(long pageId, boolean trashed) {
        return ao.executeInTransaction(() -> {
            GuidelineEntity[] rows = ao.find(GuidelineEntity.class, Query.select()
                    .where(GuidelineEntity.PAGE_ID + " = ?", pageId));
            for (GuidelineEntity row : rows) {
                row.setTrashed(trashed);
                row.save();
            }
            return rows.length;
        });
    }

    /**
     * Moves the page's guidelines with their versions and acknowledgements to {@code newSpace}, in one transaction;
     * a guideline whose key the new space already uses stays where it was (returned, for the log).
     */
    public List<String> movePage(long pageId, String newSpace) {
        return ao.executeInTransaction(() -> {
            List<String> kept = new ArrayList<>();
            for (GuidelineEntity row : ao.find(GuidelineEntity.class, Query.select()
                    .where(GuidelineEntity.PAGE_ID + " = ?", pageId))) {
                if (row.getSpaceKey().equals(newSpace)) {
                    continue;
                }
                if (ao.count(GuidelineEntity.class, Query.select().where(GuidelineEntity.SCOPE_TOKEN + " = ?",
                        scopeToken(newSpace, row.getGuidelineKey()))) > 0) {
                    kept.add(row.getGuidelineKey());
                    continue;
                }
                for (GuidelineAckEntity ack : ao.find(GuidelineAckEntity.class, Query.select()
                        .where(GuidelineAckEntity.GUIDELINE_ID + " = ?", row.getID()))) {
                    ack.setSpaceKey(newSpace);
                    ack.save();
                }
                row.setSpaceKey(newSpace);
                row.setScopeToken(scopeToken(newSpace, row.getGuidelineKey()));
                row.save();
            }
            return kept;
        });
    }

    /** Deletes the page's guidelines with their versions and acknowledgements, in one transaction; returns how many. */
    public int purgePage(long pageId) {
        return ao.executeInTransaction(() -> deleteGuidelines(ao.find(GuidelineEntity.class, Query.select()
                .where(GuidelineEntity.PAGE_ID + " = ?", pageId))));
    }

    /** Deletes every guideline, version and acknowledgement of the space, in one transaction. */
    public int removeSpace(String spaceKey) {
        return ao.executeInTransaction(() -> {
            int removed = deleteGuidelines(ao.find(GuidelineEntity.class, Query.select()
                    .where(GuidelineEntity.SPACE_KEY + " = ?", spaceKey)));
            ao.deleteWithSQL(GuidelineAckEntity.class, GuidelineAckEntity.SPACE_KEY + " = ?", spaceKey);
            return removed;
        });
    }

    private int deleteGuidelines(GuidelineEntity[] rows) {
        List<Integer> ids = Arrays.stream(rows).map(GuidelineEntity::getID).toList();
        for (List<Integer> chunk : InLists.chunks(ids, CHUNK)) {
            ao.deleteWithSQL(GuidelineAckEntity.class, InLists.in(GuidelineAckEntity.GUIDELINE_ID, chunk.size()), chunk.toArray());
            ao.deleteWithSQL(GuidelineVersionEntity.class, InLists.in(GuidelineVersionEntity.GUIDELINE_ID, chunk.size()), chunk.toArray());
            ao.deleteWithSQL(GuidelineEntity.class, InLists.in("ID", chunk.size()), chunk.toArray());
        }
        return ids.size();
    }

    /**
     * Records what a block looks like now, in one transaction: creates the guideline on first sight (fails on a
     * concurrent duplicate, which the caller retries as an update), applies the block's settings, and when the text
     * or version label differ from the current version, points to the matching version (creating it, numbered next,
     * if it was never seen). When the requirement changes (the fingerprint, the label, or the policy that picks
     * between them), the due clock restarts now.
     */
    public Guideline record(Guideline existing, String spaceKey, long pageId, GuidelineSettings settings,
                            Observed observed, Instant now) {
        return ao.executeInTransaction(() -> {
            GuidelineEntity row = existing == null ? createRow(spaceKey, settings, now)
                    : ao.get(GuidelineEntity.class, existing.id());
            String before = requirement(row);
            row.setPageId(pageId);
            row.setTitle(settings.title());
            row.setCategory(settings.category().name());
            row.setGuidanceLevel(settings.level().name());
            row.setAckRequired(settings.ackRequired());
            row.setDueDays(settings.dueDays());
            row.setReackPolicy(settings.policy().name());
            row.setAudienceUsers(lines(settings.audience().userKeys()));
            row.setAudienceGroups(lines(settings.audience().groups()));
            row.setOwnerKeys(lines(settings.owners()));
            boolean versionChanged = row.getVersionCount() == 0
                    || !observed.fingerprint().equals(row.getCurrentFingerprint())
                    || !observed.label().equals(nullToEmpty(row.getCurrentLabel()));
            if (versionChanged) {
                GuidelineVersionEntity version = findVersionRow(row.getID(), observed.fingerprint(), observed.label());
                if (version == null) {
                    row.setVersionCount(row.getVersionCount() + 1);
                    version = createVersion(row.getID(), row.getVersionCount(), observed, now);
                }
                row.setCurrentVersionId(version.getID());
                row.setCurrentFingerprint(version.getFingerprint());
                row.setCurrentLabel(version.getLabel());
                row.setCurrentRevision(version.getRevision());
            }
            row.setCurrentPageVersion(observed.pageVersion());
            if (!Objects.equals(before, requirement(row))) {
                row.setRequiredSince(Date.from(now));
            }
            row.save();
            return toGuideline(row);
        });
    }

    /**
     * A guideline as another space had it (an import), in one transaction: its settings, every version under new ids
     * (revision, fingerprint, label, first seen, text), the current one as it was with the same due clock, and the
     * acknowledgements of each version with their times. {@code currentRevision} names the current version.
     */
    public Guideline importGuideline(String spaceKey, long pageId, GuidelineSettings settings, int currentRevision,
                                     Instant requiredSince, int pageVersion, List<GuidelineVersion> versions,
                                     List<Acknowledgement> acknowledgements, Instant now) {
        return ao.executeInTransaction(() -> {
            GuidelineEntity row = createRow(spaceKey, settings, now);
            row.setPageId(pageId);
            row.setCategory(settings.category().name());
            row.setGuidanceLevel(settings.level().name());
            row.setDueDays(settings.dueDays());
            row.setReackPolicy(settings.policy().name());
            row.setAudienceUsers(lines(settings.audience().userKeys()));
            row.setAudienceGroups(lines(settings.audience().groups()));
            row.setOwnerKeys(lines(settings.owners()));
            Map<Integer, GuidelineVersionEntity> byRevision = new HashMap<>();
            for (GuidelineVersion v : versions) {
                GuidelineVersionEntity created = createVersion(row.getID(), v.revision(), new Observed(v.fingerprint(),
                        v.label(), v.text(), v.wordCount(), v.pageVersion()), v.firstSeen());
                byRevision.put(v.revision(), created);
            }
            row.setVersionCount(versions.size());
            GuidelineVersionEntity current = byRevision.get(currentRevision);
            if (current != null) {
                row.setCurrentVersionId(current.getID());
                row.setCurrentFingerprint(current.getFingerprint());
                row.setCurrentLabel(current.getLabel());
                row.setCurrentRevision(current.getRevision());
            }
            row.setCurrentPageVersion(pageVersion);
            row.setRequiredSince(requiredSince == null ? null : Date.from(requiredSince));
            row.save();
            for (Acknowledgement a : acknowledgements) {
                GuidelineVersionEntity version = byRevision.get(a.revision());
                GuidelineAckEntity ack = ao.create(GuidelineAckEntity.class,
                        new DBParam(GuidelineAckEntity.GUIDELINE_ID, row.getID()),
                        new DBParam(GuidelineAckEntity.VERSION_ID, version.getID()),
                        new DBParam(GuidelineAckEntity.SPACE_KEY, spaceKey),
                        new DBParam(GuidelineAckEntity.USER_KEY, a.userKey()),
                        new DBParam(GuidelineAckEntity.FINGERPRINT, version.getFingerprint()),
                        new DBParam(GuidelineAckEntity.REVISION, version.getRevision()),
                        new DBParam(GuidelineAckEntity.ACKNOWLEDGED_AT, Date.from(a.acknowledgedAt())),
                        new DBParam(GuidelineAckEntity.ACK_TOKEN, ackToken(version.getID(), a.userKey())));
                if (version.getLabel() != null && !version.getLabel().isEmpty()) {
                    ack.setLabel(version.getLabel());
                    ack.save();
                }
            }
            return toGuideline(row);
        });
    }

    private GuidelineEntity createRow(String spaceKey, GuidelineSettings settings, Instant now) {
        return ao.create(GuidelineEntity.class,
                new DBParam(GuidelineEntity.SPACE_KEY, spaceKey),
                new DBParam(GuidelineEntity.GUIDELINE_KEY, settings.key()),
                new DBParam(GuidelineEntity.SCOPE_TOKEN, scopeToken(spaceKey, settings.key())),
                new DBParam(GuidelineEntity.TITLE, settings.title()),
                new DBParam(GuidelineEntity.PAGE_ID, 0L),
                new DBParam(GuidelineEntity.ACK_REQUIRED, settings.ackRequired()),
                new DBParam(GuidelineEntity.CURRENT_VERSION_ID, 0),
                new DBParam(GuidelineEntity.CURRENT_REVISION, 0),
                new DBParam(GuidelineEntity.VERSION_COUNT, 0),
                new DBParam(GuidelineEntity.CURRENT_PAGE_VERSION, 0),
                new DBParam(GuidelineEntity.CREATED_AT, Date.from(now)));
    }

    private static String requirement(GuidelineEntity row) {
        if (row.getVersionCount() == 0) {
            return null;
        }
        return ReackPolicy.VERSION_CHANGE.name().equals(row.getReackPolicy())
                ? "label:" + nullToEmpty(row.getCurrentLabel()) : "text:" + row.getCurrentFingerprint();
    }

    // --- versions ---

    private GuidelineVersionEntity findVersionRow(int guidelineId, String fingerprint, String label) {
        GuidelineVersionEntity[] rows = ao.find(GuidelineVersionEntity.class, Query.select()
                .where(GuidelineVersionEntity.VERSION_TOKEN + " = ?", versionToken(guidelineId, fingerprint, label)));
        return rows.length == 0 ? null : rows[0];
    }

    private GuidelineVersionEntity createVersion(int guidelineId, int revision, Observed observed, Instant now) {
        GuidelineVersionEntity version = ao.create(GuidelineVersionEntity.class,
                new DBParam(GuidelineVersionEntity.GUIDELINE_ID, guidelineId),
                new DBParam(GuidelineVersionEntity.REVISION, revision),
                new DBParam(GuidelineVersionEntity.FINGERPRINT, observed.fingerprint()),
                new DBParam(GuidelineVersionEntity.VERSION_TOKEN,
                        versionToken(guidelineId, observed.fingerprint(), observed.label())),
                new DBParam(GuidelineVersionEntity.FIRST_SEEN, Date.from(now)),
                new DBParam(GuidelineVersionEntity.PAGE_VERSION, observed.pageVersion()),
                new DBParam(GuidelineVersionEntity.WORD_COUNT, observed.wordCount()));
        version.setLabel(emptyToNull(observed.label()));
        version.setCanonicalText(observed.canonicalText());
        version.save();
        return version;
    }

    public List<GuidelineVersion> versions(int guidelineId) {
        GuidelineVersionEntity[] rows = ao.find(GuidelineVersionEntity.class, Query.select()
                .where(GuidelineVersionEntity.GUIDELINE_ID + " = ?", guidelineId).order(GuidelineVersionEntity.REVISION));
        return Arrays.stream(rows).map(GuidelineStore::toVersion).toList();
    }

    /** The versions with these ids (one query per {@value #CHUNK} ids). */
    public List<GuidelineVersion> versionsById(Collection<Integer> ids) {
        List<GuidelineVersion> found = new ArrayList<>();
        for (List<Integer> chunk : InLists.chunks(new ArrayList<>(new LinkedHashSet<>(ids)), CHUNK)) {
            GuidelineVersionEntity[] rows = ao.find(GuidelineVersionEntity.class,
                    Query.select().where(InLists.in("ID", chunk.size()), chunk.toArray()));
            Arrays.stream(rows).map(GuidelineStore::toVersion).forEach(found::add);
        }
        return found;
    }

    /** Versions first seen from {@code from} (inclusive) to {@code to} (exclusive), in any space: one query. */
    public List<GuidelineVersion> versionsFirstSeen(Instant from, Instant to) {
        GuidelineVersionEntity[] rows = ao.find(GuidelineVersionEntity.class, Query.select()
                .where(GuidelineVersionEntity.FIRST_SEEN + " >= ? AND " + GuidelineVersionEntity.FIRST_SEEN + " < ?",
                        Date.from(from), Date.from(to))
                .order(GuidelineVersionEntity.FIRST_SEEN + ", ID"));
        return Arrays.stream(rows).map(GuidelineStore::toVersion).toList();
    }

    // --- acknowledgements ---

    /**
     * The acknowledgements in the space of these people (the Monday digest's readers): one query per
     * {@value #IN_LIST} people, whatever the number of guidelines.
     */
    public List<Acknowledgement> acknowledgementsInSpace(String spaceKey, Collection<String> userKeys) {
        return acknowledgementsInSpaces(List.of(spaceKey), userKeys);
    }

    /**
     * The acknowledgements of these people in these spaces: one query per {@value #IN_LIST} spaces and
     * {@value #IN_LIST} people (one for a person's spaces, one for a space's readers).
     */
    public List<Acknowledgement> acknowledgementsInSpaces(Collection<String> spaceKeys, Collection<String> userKeys) {
        List<Acknowledgement> found = new ArrayList<>();
        List<String> spaces = new ArrayList<>(new LinkedHashSet<>(spaceKeys));
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(userKeys));
        for (List<String> spaceChunk : InLists.chunks(spaces, IN_LIST)) {
            for (List<String> chunk : InLists.chunks(keys, IN_LIST)) {
                List<Object> parameters = new ArrayList<>(spaceChunk);
                parameters.addAll(chunk);
                found.addAll(acks(Query.select().where(InLists.in(GuidelineAckEntity.SPACE_KEY, spaceChunk.size()) + " AND "
                        + InLists.in(GuidelineAckEntity.USER_KEY, chunk.size()), parameters.toArray())));
            }
        }
        return found;
    }

    public List<Acknowledgement> acknowledgements(int guidelineId, String userKey) {
        return acks(Query.select().where(GuidelineAckEntity.GUIDELINE_ID + " = ? AND " + GuidelineAckEntity.USER_KEY
                + " = ?", guidelineId, userKey));
    }

    /** Every acknowledgement of the guideline, oldest first: its history. */
    public List<Acknowledgement> acknowledgements(int guidelineId) {
        return acks(Query.select().where(GuidelineAckEntity.GUIDELINE_ID + " = ?", guidelineId)
                .order(GuidelineAckEntity.ACKNOWLEDGED_AT + ", ID"));
    }

    public List<Acknowledgement> acknowledgementsInSpace(String spaceKey, String userKey) {
        return acks(Query.select().where(GuidelineAckEntity.SPACE_KEY + " = ? AND " + GuidelineAckEntity.USER_KEY
                + " = ?", spaceKey, userKey));
    }

    /**
     * How many of {@code people} hold an acknowledgement that covers the guideline's current version under its
     * policy (the same fingerprint, or the same version label); {@code null} people means anyone. A count, not rows:
     * one query for up to {@value #MAX_PARAMETERS} people (IN lists of at most {@value #IN_LIST} keys, which Oracle
     * and SQL Server accept), whatever the number of acknowledgements.
     */
    public int countCovering(Guideline guideline, Collection<String> people) {
        List<Object> covering = new ArrayList<>();
        String covers = coversClause(guideline, covering);
        if (people == null) {
            return ao.count(GuidelineAckEntity.class, Query.select().where(covers, covering.toArray()));
        }
        int total = 0;
        List<String> keys = new ArrayList<>(new LinkedHashSet<>(people));
        for (List<String> chunk : InLists.chunks(keys, MAX_PARAMETERS)) {
            String in = inLists(GuidelineAckEntity.USER_KEY, chunk.size());
            List<Object> parameters = new ArrayList<>(covering);
            parameters.addAll(chunk);
            total += ao.count(GuidelineAckEntity.class,
                    Query.select().where(covers + " AND (" + in + ")", parameters.toArray()));
        }
        return total;
    }

    /**
     * For many guidelines at once, who holds an acknowledgement that covers each one's current version (the rows
     * {@link #countCovering} counts): the user key of each covering acknowledgement, by guideline id, among
     * {@code people} ({@code null}: anyone). Rows of three columns, streamed read-only (no entity objects kept), one
     * per person and guideline (one acknowledgement per person and requirement), so as many as the progress bars
     * count: one query per {@value #CHUNK} guidelines and {@value #PEOPLE_WITH_GUIDELINES} people.
     */
    public Map<Integer, List<String>> coveringUsers(Collection<Guideline> guidelines, Collection<String> people) {
        Map<Integer, List<String>> found = new HashMap<>();
        List<List<String>> peopleChunks = new ArrayList<>();
        if (people == null) {
            peopleChunks.add(null);
        } else {
            peopleChunks.addAll(InLists.chunks(new ArrayList<>(new LinkedHashSet<>(people)), PEOPLE_WITH_GUIDELINES));
        }
        for (List<Guideline> chunk : InLists.chunks(new ArrayList<>(guidelines), CHUNK)) {
            List<Object> covering = new ArrayList<>();
            StringBuilder covers = new StringBuilder();
            for (Guideline g : chunk) {
                covers.append(covers.length() == 0 ? "((" : " OR (").append(coversClause(g, covering)).append(')');
            }
            covers.append(')');
            for (List<String> some : peopleChunks) {
                List<Object> parameters = new ArrayList<>(covering);
                String where = covers.toString();
                if (some != null) {
                    where += " AND (" + inLists(GuidelineAckEntity.USER_KEY, some.size()) + ")";
                    parameters.addAll(some);
                }
                ao.stream(GuidelineAckEntity.class, Query.select("ID, " + GuidelineAckEntity.GUIDELINE_ID + ", "
                        + GuidelineAckEntity.USER_KEY).where(where, parameters.toArray()), row ->
                        found.computeIfAbsent(row.getGuidelineId(), id -> new ArrayList<>()).add(row.getUserKey()));
            }
        }
        return found;
    }

    /** {@code COLUMN IN (?,..) OR COLUMN IN (?,..)}: lists of at most {@value #IN_LIST} keys. */
    private static String inLists(String column, int count) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < count; i += IN_LIST) {
            in.append(in.length() == 0 ? "" : " OR ").append(InLists.in(column, Math.min(IN_LIST, count - i)));
        }
        return in.toString();
    }

    private static String coversClause(Guideline g, List<Object> parameters) {
        parameters.add(g.id());
        if (g.policy() == ReackPolicy.EVERY_CHANGE) {
            parameters.add(g.currentFingerprint());
            return GuidelineAckEntity.GUIDELINE_ID + " = ? AND " + GuidelineAckEntity.FINGERPRINT + " = ?";
        }
        if (g.currentLabel().isEmpty()) {
            return GuidelineAckEntity.GUIDELINE_ID + " = ? AND " + GuidelineAckEntity.LABEL + " IS NULL";
        }
        parameters.add(g.currentLabel());
        return GuidelineAckEntity.GUIDELINE_ID + " = ? AND " + GuidelineAckEntity.LABEL + " = ?";
    }

    public Optional<Acknowledgement> findAcknowledgement(int versionId, String userKey) {
        List<Acknowledgement> found = acks(Query.select()
                .where(GuidelineAckEntity.ACK_TOKEN + " = ?", ackToken(versionId, userKey)));
        return found.stream().findFirst();
    }

    /** Appends an acknowledgement of the guideline's current version; a second one for the same version fails. */
    public Acknowledgement acknowledge(Guideline guideline, String userKey, Instant when) {
        return ao.executeInTransaction(() -> {
            GuidelineAckEntity row = ao.create(GuidelineAckEntity.class,
                    new DBParam(GuidelineAckEntity.GUIDELINE_ID, guideline.id()),
                    new DBParam(GuidelineAckEntity.VERSION_ID, guideline.currentVersionId()),
                    new DBParam(GuidelineAckEntity.SPACE_KEY, guideline.spaceKey()),
                    new DBParam(GuidelineAckEntity.USER_KEY, userKey),
                    new DBParam(GuidelineAckEntity.FINGERPRINT, guideline.currentFingerprint()),
                    new DBParam(GuidelineAckEntity.REVISION, guideline.currentRevision()),
                    new DBParam(GuidelineAckEntity.ACKNOWLEDGED_AT, Date.from(when)),
                    new DBParam(GuidelineAckEntity.ACK_TOKEN, ackToken(guideline.currentVersionId(), userKey)));
            if (!guideline.currentLabel().isEmpty()) {
                row.setLabel(guideline.currentLabel());
                row.save();
            }
            return toAck(row);
        });
    }

    private List<Acknowledgement> acks(Query query) {
        return AoRows.list(ao, GuidelineAckEntity.class, query, GuidelineStore::toAck);
    }

    // --- mapping ---

    private static Guideline toGuideline(GuidelineEntity row) {
        Audience audience = new Audience(split(row.getAudienceUsers()), split(row.getAudienceGroups()));
        Date since = row.getRequiredSince() != null ? row.getRequiredSince() : row.getCreatedAt();
        return new Guideline(row.getID(), row.getSpaceKey(), row.getGuidelineKey(), row.getPageId(), row.getTitle(),
                named(GuidelineCategory.class, row.getCategory(), GuidelineCategory.GENERAL),
                named(GuidelineLevel.class, row.getGuidanceLevel(), GuidelineLevel.SHOULD),
                row.isAckRequired(), row.getDueDays(),
                named(ReackPolicy.class, row.getReackPolicy(), ReackPolicy.EVERY_CHANGE),
                audience, split(row.getOwnerKeys()), row.getCurrentVersionId(),
                nullToEmpty(row.getCurrentFingerprint()), nullToEmpty(row.getCurrentLabel()),
                row.getCurrentRevision(), row.getVersionCount(), since.toInstant(), row.getCurrentPageVersion());
    }

    private static GuidelineVersion toVersion(GuidelineVersionEntity row) {
        return new GuidelineVersion(row.getID(), row.getGuidelineId(), row.getRevision(), row.getFingerprint(),
                row.getLabel(), row.getFirstSeen().toInstant(), row.getPageVersion(), row.getWordCount(),
                nullToEmpty(row.getCanonicalText()));
    }

    private static Acknowledgement toAck(GuidelineAckEntity row) {
        return new Acknowledgement(row.getID(), row.getGuidelineId(), row.getVersionId(), row.getUserKey(),
                row.getFingerprint(), row.getLabel(), row.getRevision(), row.getAcknowledgedAt().toInstant());
    }

    /** An enum stored by name; an unknown or missing name (e.g. written by a later release) reads as the default. */
    private static <E extends Enum<E>> E named(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    static String scopeToken(String spaceKey, String key) {
        return spaceKey + "/" + key;
    }

    static String versionToken(int guidelineId, String fingerprint, String label) {
        return guidelineId + ":" + GuidelineBody.sha256(fingerprint + "\n" + label);
    }

    static String ackToken(int versionId, String userKey) {
        return versionId + ":" + userKey;
    }

    private static String lines(Collection<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static Set<String> split(String lines) {
        Set<String> values = new LinkedHashSet<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                if (!line.isBlank()) {
                    values.add(line);
                }
            }
        }
        return values;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

}
