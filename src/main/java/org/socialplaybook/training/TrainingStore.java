package org.socialplaybook.training;

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
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.platform.InLists;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.training.Model.Assignment;
import org.socialplaybook.training.Model.Audience;
import org.socialplaybook.platform.AoDeletes;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.HistoryEntry;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.ProgrammeData;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Source;
import org.socialplaybook.training.Model.Status;

/**
 * The only class of the training tracker that touches Active Objects. A programme's report data loads in two
 * queries whatever its size (modules, then learners with their compact states: one query per table, by programme
 * id, in chunks of {@link #IN_CHUNK} programmes); entities are mapped to {@link Model} values before they leave.
 * Writes join the caller's transaction ({@link #transaction}).
 */
@Named
public class TrainingStore {
    static final int IN_CHUNK = 100;
    /** User keys per {@code USER_KEY IN (…)} query. */
    static final int USER_CHUNK = 200;
    /** Spaces per IN list when reading several spaces' programmes (a person's "My playbook"). */
    static final int SPACE_CHUNK = 500;

    private final ActiveObjects ao;

    @Inject
    public TrainingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs the work in one database transaction: all of it is saved, or none of it. */
    public <T> T transaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    public static String programmeKey(String spaceKey, String code) {
        return spaceKey + ":" + code.trim().toLowerCase(Locale.ROOT);
    }

    // --- programmes ---

    /** A programme's settings as the macro gives them. */
    public record Settings(String title, Audience audience, @IsoText LocalDate dueOn, Integer dueDays, String trainerKey,
                           List<String> teams) {
        public Settings {
            teams = List.copyOf(teams);
        }
    }

    public Optional<Programme> programmeByKey(String programmeKey) {
        ProgrammeEntity[] found = ao.find(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.PROGRAMME_KEY + " = ?", programmeKey));
        return found.length == 0 ? Optional.empty() : Optional.of(programme(found[0]));
    }

    public Optional<Programme> programme(int id) {
        ProgrammeEntity[] found = ao.find(ProgrammeEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(programme(found[0]));
    }

    public boolean programmeExists(String programmeKey) {
        return ao.count(ProgrammeEntity.class, Query.select().where(ProgrammeEntity.PROGRAMME_KEY + " = ?", programmeKey)) > 0;
    }

    public List<Programme> programmesInSpace(String spaceKey) {
        return programmesInSpaces(List.of(spaceKey));
    }

    /** The programmes of several spaces (not trashed), by title: one query per {@value #SPACE_CHUNK} spaces. */
    public List<Programme> programmesInSpaces(Collection<String> spaceKeys) {
        List<Programme> all = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(new ArrayList<>(new java.util.LinkedHashSet<>(spaceKeys)), SPACE_CHUNK)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(false);
            for (ProgrammeEntity e : ao.find(ProgrammeEntity.class, Query.select().where(InLists.in(ProgrammeEntity.SPACE_KEY,
                    chunk.size()) + " AND " + ProgrammeEntity.TRASHED + " = ?", parameters.toArray()))) {
                all.add(programme(e));
            }
        }
        all.sort(Comparator.comparing(Programme::title, String.CASE_INSENSITIVE_ORDER).thenComparingInt(Programme::id));
        return all;
    }

    // --- the page's life cycle (TrainingLifecycle); call inside transaction() ---

    /** Ids of the programmes whose page it is (trashed or not). */
    public List<Integer> programmesOnPage(long pageId) {
        return ids(ao.find(ProgrammeEntity.class, Query.select().where(ProgrammeEntity.PAGE_ID + " = ?", pageId)));
    }

    /** The follow-ups raised from the check-ins of the page's programmes. */
    public List<Long> followUpsRaisedOnPage(long pageId) {
        List<Long> ids = new ArrayList<>();
        for (int programme : programmesOnPage(pageId)) {
            for (CheckinEntity e : ao.find(CheckinEntity.class, Query.select().where(CheckinEntity.PROGRAMME_ID + " = ? AND "
                    + CheckinEntity.FOLLOW_UP_ID + " IS NOT NULL", programme))) {
                ids.add(e.getFollowUpId());
            }
        }
        return ids;
    }

    /** The codes of every programme of the space, trashed ones too (codes a new programme must not take). */
    public java.util.Set<String> codesInSpace(String spaceKey) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (ProgrammeEntity e : ao.find(ProgrammeEntity.class, Query.select().where(ProgrammeEntity.SPACE_KEY + " = ?", spaceKey))) {
            codes.add(e.getCode().toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    /**
     * A new programme {@code code} in {@code spaceKey} on {@code pageId}, with {@code source}'s settings and modules
     * under new ids; learners, progress, history and check-ins are never copied.
     */
    public Programme copyProgramme(Programme source, String spaceKey, String code, long pageId, Instant now) {
        Programme copy = createProgramme(spaceKey, code, pageId, new Settings(source.title(), source.audience(),
                source.dueOn(), source.dueDays(), source.trainerKey(), source.teams()), null, now);
        for (Module m : modules(source.id())) {
            addModule(copy.id(), new ModuleFields(m.title(), m.pageId(), m.url(), m.minutes(), m.required(),
                    m.validMonths()), m.rank());
        }
        return copy;
    }

    public void setTrashed(long pageId, boolean trashed) {
        for (ProgrammeEntity e : ao.find(ProgrammeEntity.class, Query.select().where(ProgrammeEntity.PAGE_ID + " = ?", pageId))) {
            e.setTrashed(trashed);
            e.save();
        }
    }

    /** The page's programmes now belong to {@code spaceKey}; a code the new space already uses stays behind (returned). */
    public List<String> movePage(long pageId, String spaceKey) {
        List<String> kept = new ArrayList<>();
        for (ProgrammeEntity e : ao.find(ProgrammeEntity.class, Query.select().where(ProgrammeEntity.PAGE_ID + " = ?", pageId))) {
            String key = programmeKey(spaceKey, e.getCode());
            if (programmeExists(key)) {
                kept.add(e.getCode());
                continue;
            }
            e.setSpaceKey(spaceKey);
            e.setProgrammeKey(key);
            e.save();
        }
        return kept;
    }

    /** Deletes programmes with their modules, learners, progress, history and check-ins. */
    public int deleteProgrammes(List<Integer> ids) {
        return AoDeletes.cascade(ao, ProgrammeEntity.class, ids, IN_CHUNK,
                AoDeletes.child(CheckinEntity.class, CheckinEntity.PROGRAMME_ID),
                AoDeletes.child(HistoryEntity.class, HistoryEntity.PROGRAMME_ID),
                AoDeletes.child(ProgressEntity.class, ProgressEntity.PROGRAMME_ID),
                AoDeletes.child(LearnerEntity.class, LearnerEntity.PROGRAMME_ID),
                AoDeletes.child(ModuleEntity.class, ModuleEntity.PROGRAMME_ID));
    }

    public int removeSpace(String spaceKey) {
        return deleteProgrammes(ids(ao.find(ProgrammeEntity.class,
                Query.select().where(ProgrammeEntity.SPACE_KEY + " = ?", spaceKey))));
    }

    /**
     * The person's check-in remarks are erased (the check-ins, confidence, help asked and handling stay); their
     * names in other remarks and in progress and history notes are replaced.
     */
    public int erase(ErasedPerson person) {
        int changed = 0;
        for (CheckinEntity row : ao.find(CheckinEntity.class)) {
            String remark = person.userKey().equals(row.getUserKey()) ? ErasedPerson.erased(row.getRemark())
                    : person.redact(row.getRemark());
            if (!java.util.Objects.equals(remark, row.getRemark())) {
                row.setRemark(remark);
                row.save();
                changed++;
            }
        }
        for (HistoryEntity row : ao.find(HistoryEntity.class)) {
            if (person.named(row.getNote())) {
                row.setNote(person.redact(row.getNote()));
                row.save();
                changed++;
            }
        }
        for (ProgressEntity row : ao.find(ProgressEntity.class)) {
            if (person.named(row.getNote())) {
                row.setNote(person.redact(row.getNote()));
                row.save();
                changed++;
            }
        }
        return changed;
    }

    private static List<Integer> ids(ProgrammeEntity[] rows) {
        List<Integer> ids = new ArrayList<>();
        for (ProgrammeEntity e : rows) {
            ids.add(e.getID());
        }
        return ids;
    }

    public Programme createProgramme(String spaceKey, String code, long pageId, Settings settings, String userKey, Instant now) {
        ProgrammeEntity e = ao.create(ProgrammeEntity.class,
                new DBParam(ProgrammeEntity.PROGRAMME_KEY, programmeKey(spaceKey, code)),
                new DBParam(ProgrammeEntity.SPACE_KEY, spaceKey),
                new DBParam(ProgrammeEntity.CODE, code),
                new DBParam(ProgrammeEntity.TITLE, settings.title()),
                new DBParam(ProgrammeEntity.PAGE_ID, pageId),
                new DBParam(ProgrammeEntity.VERSION, 1));
        apply(e, settings);
        e.setUpdatedBy(userKey);
        e.setUpdatedAt(Date.from(now));
        e.save();
        return programme(e);
    }

    /** Writes the macro's settings to the programme (the caller checked that they changed). */
    public void updateSettings(int programmeId, Settings settings) {
        for (ProgrammeEntity e : ao.find(ProgrammeEntity.class, Query.select().where("ID = ?", programmeId))) {
            apply(e, settings);
            e.save();
        }
    }

    private static void apply(ProgrammeEntity e, Settings s) {
        e.setTitle(s.title());
        e.setAudienceUsers(join(s.audience().userKeys(), ","));
        e.setAudienceGroups(join(s.audience().groups(), ","));
        e.setRoleMatrix(s.audience().roleMatrix());
        e.setAudienceRoles(join(s.audience().roles(), "\n"));
        e.setTeams(join(s.teams(), ","));
        e.setDueOn(date(s.dueOn()));
        e.setDueDays(s.dueDays());
        e.setTrainerKey(s.trainerKey());
    }

    /**
     * Optimistic locking for one change to the modules: takes the programme row's write lock (so concurrent changes
     * queue here), then reads the version as committed. If it is still {@code expectedVersion} it becomes the next
     * one, stamped with the user and time; otherwise nothing is written and the programme as it is comes back.
     */
    public Bump bump(int programmeId, int expectedVersion, String userKey, Instant now) {
        ProgrammeEntity[] found = ao.find(ProgrammeEntity.class, Query.select().where("ID = ?", programmeId));
        if (found.length == 0) {
            return new Bump(false, null);
        }
        found[0].setUpdatedAt(found[0].getUpdatedAt());
        found[0].save(); // UPDATE … WHERE ID = ?: the row lock is ours until commit
        ProgrammeEntity current = ao.find(ProgrammeEntity.class, Query.select().where("ID = ?", programmeId))[0];
        if (current.getVersion() != expectedVersion) {
            return new Bump(false, programme(current));
        }
        current.setVersion(expectedVersion + 1);
        current.setUpdatedBy(userKey);
        current.setUpdatedAt(Date.from(now));
        current.save();
        return new Bump(true, programme(current));
    }

    /** The outcome of {@link #bump}: {@code ok} with the new programme, or the programme as someone else left it. */
    public record Bump(boolean ok, Programme programme) {
    }

    // --- modules ---

    public List<Module> modules(int programmeId) {
        List<Module> modules = new ArrayList<>();
        for (ModuleEntity e : ao.find(ModuleEntity.class, Query.select().where(ModuleEntity.PROGRAMME_ID + " = ?", programmeId))) {
            modules.add(module(e));
        }
        modules.sort(Comparator.comparingInt(Module::rank).thenComparingInt(Module::id));
        return modules;
    }

    /** A module's fields as validated by the service. */
    public record ModuleFields(String title, Long pageId, String url, Integer minutes, boolean required, Integer validMonths) {
    }

    public Module addModule(int programmeId, ModuleFields f, int rank) {
        ModuleEntity e = ao.create(ModuleEntity.class,
                new DBParam(ModuleEntity.PROGRAMME_ID, programmeId),
                new DBParam(ModuleEntity.TITLE, f.title()),
                new DBParam(ModuleEntity.REQUIRED, f.required()),
                new DBParam(ModuleEntity.SORT_RANK, rank));
        write(e, f);
        return module(e);
    }

    public void updateModule(int moduleId, ModuleFields f) {
        for (ModuleEntity e : ao.find(ModuleEntity.class, Query.select().where("ID = ?", moduleId))) {
            e.setTitle(f.title());
            e.setRequired(f.required());
            write(e, f);
        }
    }

    private static void write(ModuleEntity e, ModuleFields f) {
        e.setLinkPageId(f.pageId());
        e.setLinkUrl(f.url());
        e.setMinutes(f.minutes());
        e.setValidMonths(f.validMonths());
        e.save();
    }

    /**
     * Removes a module and everyone's current state on it; the history keeps its rows (with the title). The learners'
     * compact states keep a stale entry until their next change; reports only read entries of existing modules.
     */
    public void deleteModule(int moduleId) {
        ao.deleteWithSQL(ProgressEntity.class, ProgressEntity.MODULE_ID + " = ?", moduleId);
        ao.deleteWithSQL(ModuleEntity.class, "ID = ?", moduleId);
    }

    public void reorderModules(int programmeId, List<Integer> orderedIds) {
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < orderedIds.size(); i++) {
            rank.put(orderedIds.get(i), i);
        }
        for (ModuleEntity e : ao.find(ModuleEntity.class, Query.select().where(ModuleEntity.PROGRAMME_ID + " = ?", programmeId))) {
            Integer r = rank.get(e.getID());
            if (r != null && r != e.getSortRank()) {
                e.setSortRank(r);
                e.save();
            }
        }
    }

    // --- report data ---

    public ProgrammeData load(Programme programme) {
        return loadAll(List.of(programme)).get(0);
    }

    /**
     * Modules and learners of several programmes: two queries per {@link #IN_CHUNK} programmes, one row per learner
     * whatever the number of modules (their states come from {@link LearnerEntity#getStates()}), streamed read-only.
     */
    public List<ProgrammeData> loadAll(List<Programme> programmes) {
        Map<Integer, List<Module>> modules = new HashMap<>();
        Map<Integer, List<Assignment>> assignments = new HashMap<>();
        Map<Integer, List<Progress>> progress = new HashMap<>();
        List<Integer> ids = programmes.stream().map(Programme::id).toList();
        for (List<Integer> chunk : InLists.chunks(ids, IN_CHUNK)) {
            String in = InLists.in("PROGRAMME_ID", chunk.size());
            Object[] params = chunk.toArray();
            for (ModuleEntity e : ao.find(ModuleEntity.class, Query.select().where(in, params))) {
                modules.computeIfAbsent(e.getProgrammeId(), k -> new ArrayList<>()).add(module(e));
            }
            ao.stream(LearnerEntity.class, Query.select(String.join(", ", "ID", LearnerEntity.PROGRAMME_ID,
                    LearnerEntity.USER_KEY, LearnerEntity.ASSIGNED_AT, LearnerEntity.REMOVED_AT, LearnerEntity.STATES))
                    .where(in, params), e -> {
                int programmeId = e.getProgrammeId();
                String userKey = e.getUserKey();
                Date assigned = e.getAssignedAt();
                if (assigned != null) {
                    assignments.computeIfAbsent(programmeId, k -> new ArrayList<>())
                            .add(new Assignment(userKey, day(assigned), day(e.getRemovedAt())));
                }
                List<Progress> rows = LearnerStates.decode(userKey, e.getStates());
                if (!rows.isEmpty()) {
                    progress.computeIfAbsent(programmeId, k -> new ArrayList<>()).addAll(rows);
                }
            });
        }
        List<ProgrammeData> all = new ArrayList<>();
        for (Programme p : programmes) {
            List<Module> m = new ArrayList<>(modules.getOrDefault(p.id(), List.of()));
            m.sort(Comparator.comparingInt(Module::rank).thenComparingInt(Module::id));
            all.add(new ProgrammeData(p, m, assignments.getOrDefault(p.id(), List.of()), progress.getOrDefault(p.id(), List.of())));
        }
        return all;
    }

    /** One person's rows in a programme, with who changed each and the note: one query. */
    public List<Progress> progressOf(int programmeId, String userKey) {
        List<Progress> rows = new ArrayList<>();
        for (ProgressEntity e : ao.find(ProgressEntity.class, Query.select()
                .where(ProgressEntity.PROGRAMME_ID + " = ? AND " + ProgressEntity.USER_KEY + " = ?", programmeId, userKey))) {
            rows.add(progress(e));
        }
        return rows;
    }

    /** Every row of a programme with who changed it and the note (CSV export and import): one query. */
    public List<Progress> progressRows(int programmeId) {
        List<Progress> rows = new ArrayList<>();
        for (ProgressEntity e : ao.find(ProgressEntity.class, Query.select().where(ProgressEntity.PROGRAMME_ID + " = ?", programmeId))) {
            rows.add(progress(e));
        }
        return rows;
    }

    public Optional<Assignment> assignmentOf(int programmeId, String userKey) {
        LearnerEntity[] found = ao.find(LearnerEntity.class,
                Query.select().where(LearnerEntity.LEARNER_KEY + " = ?", learnerKey(programmeId, userKey)));
        if (found.length == 0 || found[0].getAssignedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(new Assignment(userKey, day(found[0].getAssignedAt()), day(found[0].getRemovedAt())));
    }

    // --- assignments ---

    /**
     * Brings the recorded assignments in line with the audience now: newcomers (and people who come back) are
     * assigned today, people who left are marked removed. Writes only what changed; returns how many rows changed.
     */
    public int syncAssignments(int programmeId, Collection<String> audience, LocalDate today) {
        Map<String, LearnerEntity> existing = new HashMap<>();
        for (LearnerEntity e : ao.find(LearnerEntity.class, Query.select().where(LearnerEntity.PROGRAMME_ID + " = ?", programmeId))) {
            existing.put(e.getUserKey(), e);
        }
        java.util.Set<String> wanted = new java.util.HashSet<>(audience);
        int changed = 0;
        for (String userKey : audience) {
            LearnerEntity e = existing.get(userKey);
            if (e == null) {
                ao.create(LearnerEntity.class,
                        new DBParam(LearnerEntity.LEARNER_KEY, learnerKey(programmeId, userKey)),
                        new DBParam(LearnerEntity.PROGRAMME_ID, programmeId),
                        new DBParam(LearnerEntity.USER_KEY, userKey),
                        new DBParam(LearnerEntity.ASSIGNED_AT, date(today)));
                changed++;
            } else if (e.getAssignedAt() == null || e.getRemovedAt() != null) {
                e.setAssignedAt(date(today));
                e.setRemovedAt(null);
                e.save();
                changed++;
            }
        }
        for (LearnerEntity e : existing.values()) {
            if (e.getAssignedAt() != null && e.getRemovedAt() == null && !wanted.contains(e.getUserKey())) {
                e.setRemovedAt(date(today));
                e.save();
                changed++;
            }
        }
        return changed;
    }

    /** Sets when someone was assigned (demo data and imports of earlier assignments). */
    public void setAssignedOn(int programmeId, String userKey, LocalDate assignedOn) {
        for (LearnerEntity e : ao.find(LearnerEntity.class,
                Query.select().where(LearnerEntity.LEARNER_KEY + " = ?", learnerKey(programmeId, userKey)))) {
            e.setAssignedAt(date(assignedOn));
            e.save();
        }
    }

    static String learnerKey(int programmeId, String userKey) {
        return programmeId + ":" + userKey;
    }

    /**
     * Makes sure each person has a learner row in the programme (one query per {@link #USER_CHUNK} people, an insert
     * for each missing one), each in its own transaction so that a concurrent request creating the same row (the key
     * is unique) costs nothing: its row is used.
     */
    public void ensureLearners(int programmeId, Collection<String> userKeys) {
        java.util.Set<String> missing = new java.util.LinkedHashSet<>(userKeys);
        missing.removeAll(learners(programmeId, List.copyOf(missing)).keySet());
        for (String userKey : missing) {
            try {
                transaction(() -> ao.create(LearnerEntity.class,
                        new DBParam(LearnerEntity.LEARNER_KEY, learnerKey(programmeId, userKey)),
                        new DBParam(LearnerEntity.PROGRAMME_ID, programmeId),
                        new DBParam(LearnerEntity.USER_KEY, userKey)));
            } catch (RuntimeException raced) {
                if (learners(programmeId, List.of(userKey)).isEmpty()) {
                    throw raced;
                }
            }
        }
    }

    private Map<String, LearnerEntity> learners(int programmeId, List<String> users) {
        Map<String, LearnerEntity> found = new HashMap<>();
        for (List<String> chunk : InLists.chunks(users, USER_CHUNK)) {
            for (LearnerEntity e : ao.find(LearnerEntity.class, Query.select().where(byUsers(LearnerEntity.PROGRAMME_ID,
                    LearnerEntity.USER_KEY, chunk.size()), params(programmeId, chunk)))) {
                found.put(e.getUserKey(), e);
            }
        }
        return found;
    }

    private static String byUsers(String programmeColumn, String userColumn, int count) {
        return programmeColumn + " = ? AND " + InLists.in(userColumn, count);
    }

    private static Object[] params(int programmeId, List<String> users) {
        Object[] params = new Object[users.size() + 1];
        params[0] = programmeId;
        for (int i = 0; i < users.size(); i++) {
            params[i + 1] = users.get(i);
        }
        return params;
    }

    // --- progress and history ---

    /** One status change to write: the new state of a person on a module, and how it came about. */
    public record Change(Module module, String userKey, Status status, @IsoText LocalDate completedOn, String note, Source source) {
    }

    /**
     * Writes status changes and one history row for each, for one programme, inside the caller's transaction. The
     * affected people's learner rows are locked first (so concurrent changes for the same person queue), then their
     * rows are read (one query per {@link #USER_CHUNK} people), each change is created, updated or (back to "not
     * started") deleted, and each learner's compact states are rewritten. A change to what is already there is
     * skipped (a session recorded twice adds nothing). Returns how many changes were written.
     */
    public int apply(int programmeId, List<Change> changes, String actorKey, Instant now, LocalDate today) {
        if (changes.isEmpty()) {
            return 0;
        }
        List<String> users = changes.stream().map(Change::userKey).distinct().toList();
        Map<String, LearnerEntity> learners = learners(programmeId, users);
        for (String user : users) {
            LearnerEntity learner = learners.get(user);
            if (learner == null) {
                learners.put(user, ao.create(LearnerEntity.class,
                        new DBParam(LearnerEntity.LEARNER_KEY, learnerKey(programmeId, user)),
                        new DBParam(LearnerEntity.PROGRAMME_ID, programmeId),
                        new DBParam(LearnerEntity.USER_KEY, user)));
            } else {
                learner.setStates(learner.getStates());
                learner.save(); // UPDATE … WHERE ID = ?: the row lock is ours until commit
            }
        }
        Map<String, ProgressEntity> rows = new HashMap<>();
        Map<String, Map<Integer, Progress>> current = new HashMap<>();
        for (List<String> chunk : InLists.chunks(users, USER_CHUNK)) {
            for (ProgressEntity e : ao.find(ProgressEntity.class, Query.select().where(byUsers(ProgressEntity.PROGRAMME_ID,
                    ProgressEntity.USER_KEY, chunk.size()), params(programmeId, chunk)))) {
                rows.put(e.getProgressKey(), e);
                Progress p = progress(e);
                current.computeIfAbsent(p.userKey(), k -> new HashMap<>()).put(p.moduleId(), p);
            }
        }
        int changed = 0;
        java.util.Set<String> touched = new java.util.HashSet<>();
        Date at = Date.from(now);
        for (Change c : changes) {
            String key = progressKey(programmeId, c.module().id(), c.userKey());
            ProgressEntity row = rows.get(key);
            if (unchanged(row, c)) {
                continue;
            }
            changed++;
            touched.add(c.userKey());
            Map<Integer, Progress> mine = current.computeIfAbsent(c.userKey(), k -> new HashMap<>());
            if (c.status() == Status.NOT_STARTED) {
                if (row != null) {
                    ao.deleteWithSQL(ProgressEntity.class, "ID = ?", row.getID());
                    rows.remove(key);
                }
                mine.remove(c.module().id());
            } else if (row == null) {
                List<DBParam> params = new ArrayList<>(List.of(
                        new DBParam(ProgressEntity.PROGRESS_KEY, key),
                        new DBParam(ProgressEntity.PROGRAMME_ID, programmeId),
                        new DBParam(ProgressEntity.MODULE_ID, c.module().id()),
                        new DBParam(ProgressEntity.USER_KEY, c.userKey()),
                        new DBParam(ProgressEntity.STATUS, c.status().name()),
                        new DBParam(ProgressEntity.CHANGED_AT, at)));
                optional(params, ProgressEntity.CHANGED_BY, actorKey);
                optional(params, ProgressEntity.NOTE, c.note());
                if (c.status() == Status.STARTED) {
                    params.add(new DBParam(ProgressEntity.STARTED_AT, date(today)));
                } else if (c.status() == Status.COMPLETED) {
                    params.add(new DBParam(ProgressEntity.COMPLETED_AT, date(c.completedOn())));
                }
                ProgressEntity created = ao.create(ProgressEntity.class, params.toArray(new DBParam[0]));
                rows.put(key, created);
                mine.put(c.module().id(), progress(created));
            } else {
                row.setStatus(c.status().name());
                if (c.status() == Status.STARTED) {
                    if (row.getStartedAt() == null || row.getCompletedAt() != null) {
                        row.setStartedAt(date(today));
                    }
                    row.setCompletedAt(null);
                } else if (c.status() == Status.COMPLETED) {
                    row.setCompletedAt(date(c.completedOn()));
                } else {
                    row.setCompletedAt(null);
                }
                row.setChangedBy(actorKey);
                row.setChangedAt(at);
                row.setNote(c.note());
                row.save();
                mine.put(c.module().id(), progress(row));
            }
            List<DBParam> history = new ArrayList<>(List.of(
                    new DBParam(HistoryEntity.PROGRAMME_ID, programmeId),
                    new DBParam(HistoryEntity.MODULE_ID, c.module().id()),
                    new DBParam(HistoryEntity.MODULE_TITLE, c.module().title()),
                    new DBParam(HistoryEntity.USER_KEY, c.userKey()),
                    new DBParam(HistoryEntity.STATUS, c.status().name()),
                    new DBParam(HistoryEntity.CHANGED_AT, at),
                    new DBParam(HistoryEntity.SOURCE, c.source().name())));
            if (c.status() == Status.COMPLETED) {
                history.add(new DBParam(HistoryEntity.DONE_ON, date(c.completedOn())));
            }
            optional(history, HistoryEntity.ACTOR_KEY, actorKey);
            optional(history, HistoryEntity.NOTE, c.note());
            ao.create(HistoryEntity.class, history.toArray(new DBParam[0]));
        }
        for (String user : touched) {
            LearnerEntity learner = learners.get(user);
            learner.setStates(LearnerStates.encode(current.getOrDefault(user, Map.of()).values()));
            learner.save();
        }
        return changed;
    }

    /** The same status (and completion date, and note) again: nothing to write, nothing to record. */
    private static boolean unchanged(ProgressEntity row, Change c) {
        if (row == null) {
            return c.status() == Status.NOT_STARTED;
        }
        return row.getStatus().equals(c.status().name())
                && java.util.Objects.equals(day(row.getCompletedAt()), c.status() == Status.COMPLETED ? c.completedOn() : null)
                && java.util.Objects.equals(row.getNote(), c.note());
    }

    private static void optional(List<DBParam> params, String column, Object value) {
        if (value != null) {
            params.add(new DBParam(column, value));
        }
    }

    static String progressKey(int programmeId, int moduleId, String userKey) {
        return programmeId + ":" + moduleId + ":" + userKey;
    }

    /** A person's history in a programme, newest first, at most {@code limit} rows: one query. */
    public List<HistoryEntry> history(int programmeId, String userKey, int limit) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoryEntity e : ao.find(HistoryEntity.class, Query.select()
                .where(HistoryEntity.PROGRAMME_ID + " = ? AND " + HistoryEntity.USER_KEY + " = ?", programmeId, userKey)
                .order("ID DESC").limit(limit))) {
            entries.add(historyEntry(e));
        }
        return entries;
    }

    /** Every history row of the programme, oldest first (an export). */
    public List<HistoryEntry> allHistory(int programmeId) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoryEntity e : ao.find(HistoryEntity.class, Query.select()
                .where(HistoryEntity.PROGRAMME_ID + " = ?", programmeId).order("ID ASC"))) {
            entries.add(historyEntry(e));
        }
        return entries;
    }

    /**
     * An import: the programme's history becomes {@code entries} (oldest first, module ids of this programme or 0
     * for a module no longer there), in place of the rows the import's own changes wrote.
     */
    public void replaceHistory(int programmeId, List<HistoryEntry> entries) {
        ao.deleteWithSQL(HistoryEntity.class, HistoryEntity.PROGRAMME_ID + " = ?", programmeId);
        for (HistoryEntry h : entries) {
            List<DBParam> row = new ArrayList<>(List.of(
                    new DBParam(HistoryEntity.PROGRAMME_ID, programmeId),
                    new DBParam(HistoryEntity.MODULE_ID, h.moduleId()),
                    new DBParam(HistoryEntity.MODULE_TITLE, h.moduleTitle()),
                    new DBParam(HistoryEntity.USER_KEY, h.userKey()),
                    new DBParam(HistoryEntity.STATUS, h.status().name()),
                    new DBParam(HistoryEntity.CHANGED_AT, Date.from(h.changedAt())),
                    new DBParam(HistoryEntity.SOURCE, h.source().name())));
            optional(row, HistoryEntity.DONE_ON, date(h.doneOn()));
            optional(row, HistoryEntity.ACTOR_KEY, h.actorKey());
            optional(row, HistoryEntity.NOTE, h.note());
            ao.create(HistoryEntity.class, row.toArray(new DBParam[0]));
        }
    }

    public int historyCount(int programmeId) {
        return ao.count(HistoryEntity.class, Query.select().where(HistoryEntity.PROGRAMME_ID + " = ?", programmeId));
    }

    // --- check-ins ---

    public Checkin addCheckin(int programmeId, String userKey, int confidence, boolean needsHelp, String comment,
                              boolean flagged, Instant now) {
        CheckinEntity e = ao.create(CheckinEntity.class,
                new DBParam(CheckinEntity.PROGRAMME_ID, programmeId),
                new DBParam(CheckinEntity.USER_KEY, userKey),
                new DBParam(CheckinEntity.CONFIDENCE, confidence),
                new DBParam(CheckinEntity.NEEDS_HELP, needsHelp),
                new DBParam(CheckinEntity.CREATED_AT, Date.from(now)),
                new DBParam(CheckinEntity.FLAGGED, flagged));
        e.setRemark(comment);
        e.save();
        return checkin(e);
    }

    /** An import: the check-in as the source recorded it, handled or not, without its follow-up yet. */
    public Checkin importCheckin(int programmeId, Checkin c) {
        CheckinEntity e = ao.create(CheckinEntity.class,
                new DBParam(CheckinEntity.PROGRAMME_ID, programmeId),
                new DBParam(CheckinEntity.USER_KEY, c.userKey()),
                new DBParam(CheckinEntity.CONFIDENCE, c.confidence()),
                new DBParam(CheckinEntity.NEEDS_HELP, c.needsHelp()),
                new DBParam(CheckinEntity.CREATED_AT, Date.from(c.createdAt())),
                new DBParam(CheckinEntity.FLAGGED, c.flagged()));
        e.setRemark(c.comment());
        e.setHandledBy(c.handledBy());
        e.setHandledAt(c.handledAt() == null ? null : Date.from(c.handledAt()));
        e.save();
        return checkin(e);
    }

    public Optional<Checkin> checkin(int programmeId, int checkinId) {
        CheckinEntity[] found = ao.find(CheckinEntity.class,
                Query.select().where("ID = ? AND " + CheckinEntity.PROGRAMME_ID + " = ?", checkinId, programmeId));
        return found.length == 0 ? Optional.empty() : Optional.of(checkin(found[0]));
    }

    /** A person's latest check-in in a programme. */
    public Optional<Checkin> latestCheckin(int programmeId, String userKey) {
        CheckinEntity[] found = ao.find(CheckinEntity.class, Query.select()
                .where(CheckinEntity.PROGRAMME_ID + " = ? AND " + CheckinEntity.USER_KEY + " = ?", programmeId, userKey)
                .order("ID DESC").limit(1));
        return found.length == 0 ? Optional.empty() : Optional.of(checkin(found[0]));
    }

    /** The check-ins that asked for a follow-up, newest first, at most {@code limit}. */
    public List<Checkin> flaggedCheckins(int programmeId, int limit) {
        List<Checkin> all = new ArrayList<>();
        for (CheckinEntity e : ao.find(CheckinEntity.class, Query.select()
                .where(CheckinEntity.PROGRAMME_ID + " = ? AND " + CheckinEntity.FLAGGED + " = ?", programmeId, true)
                .order("ID DESC").limit(limit))) {
            all.add(checkin(e));
        }
        return all;
    }

    /** Every check-in of the programmes (the step status and confidence figures): one query per chunk. */
    public List<Checkin> checkins(int programmeId) {
        return Arrays.stream(ao.find(CheckinEntity.class, Query.select().where(CheckinEntity.PROGRAMME_ID + " = ?", programmeId)))
                .map(TrainingStore::checkin).toList();
    }

    public void setFollowUpId(int checkinId, long followUpId) {
        for (CheckinEntity e : ao.find(CheckinEntity.class, Query.select().where("ID = ?", checkinId))) {
            e.setFollowUpId(followUpId);
            e.save();
        }
    }

    public void markHandled(int checkinId, String userKey, Instant now) {
        for (CheckinEntity e : ao.find(CheckinEntity.class, Query.select().where("ID = ?", checkinId))) {
            e.setHandledBy(userKey);
            e.setHandledAt(Date.from(now));
            e.save();
        }
    }

    // --- mapping ---

    private static Programme programme(ProgrammeEntity e) {
        Audience audience = new Audience(split(e.getAudienceUsers(), ","), split(e.getAudienceGroups(), ","),
                e.getRoleMatrix(), split(e.getAudienceRoles(), "\n"));
        return new Programme(e.getID(), e.getSpaceKey(), e.getCode(), e.getTitle(), e.getPageId(), e.getVersion(), audience,
                day(e.getDueOn()), e.getDueDays(), e.getTrainerKey(), split(e.getTeams(), ","), e.getUpdatedBy(),
                instant(e.getUpdatedAt()));
    }

    private static Module module(ModuleEntity e) {
        return new Module(e.getID(), e.getProgrammeId(), e.getTitle(), e.getLinkPageId(), e.getLinkUrl(), e.getMinutes(),
                e.isRequired(), e.getValidMonths(), e.getSortRank());
    }

    private static Progress progress(ProgressEntity e) {
        return new Progress(e.getModuleId(), e.getUserKey(), Status.valueOf(e.getStatus()), day(e.getStartedAt()),
                day(e.getCompletedAt()), e.getChangedBy(), instant(e.getChangedAt()), e.getNote());
    }

    private static HistoryEntry historyEntry(HistoryEntity e) {
        return new HistoryEntry(e.getID(), e.getModuleId(), e.getModuleTitle(), e.getUserKey(),
                Status.valueOf(e.getStatus()), day(e.getDoneOn()), e.getActorKey(), instant(e.getChangedAt()),
                Source.valueOf(e.getSource()), e.getNote());
    }

    private static Checkin checkin(CheckinEntity e) {
        return new Checkin(e.getID(), e.getUserKey(), e.getConfidence(), e.isNeedsHelp(), e.getRemark(),
                instant(e.getCreatedAt()), e.isFlagged(), e.getFollowUpId(), e.getHandledBy(), instant(e.getHandledAt()));
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String join(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
