package org.socialplaybook.goals;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.socialplaybook.goals.Goals.Contribution;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.ValueUpdate;
import org.socialplaybook.platform.AoDeletes;
import org.socialplaybook.platform.ErasedPerson;
import org.socialplaybook.platform.InLists;
import org.socialplaybook.platform.IsoText;

/**
 * The only class of the goals capability that touches Active Objects. A goal set loads in four queries whatever its
 * size (one per table, by set id; a hundred sets per query for a whole space); entities are mapped to {@link Goals}
 * values before they leave. Writes join the caller's transaction ({@link #transaction}).
 */
@Named
public class GoalStore {
    static final int IN_CHUNK = 100;

    private final ActiveObjects ao;

    @Inject
    public GoalStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs the work in one database transaction: all of it is saved, or none of it. */
    public <T> T transaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    // --- sets ---

    public Optional<GoalSet> setByKey(String setKey) {
        GoalSetEntity[] found = ao.find(GoalSetEntity.class, Query.select().where(GoalSetEntity.SET_KEY + " = ?", setKey));
        return found.length == 0 ? Optional.empty() : Optional.of(set(found[0]));
    }

    public Optional<GoalSet> set(int id) {
        GoalSetEntity[] found = ao.find(GoalSetEntity.class, Query.select().where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(set(found[0]));
    }

    public boolean setExists(String setKey) {
        return ao.count(GoalSetEntity.class, Query.select().where(GoalSetEntity.SET_KEY + " = ?", setKey)) > 0;
    }

    public List<GoalSet> setsInSpace(String spaceKey) {
        List<GoalSet> sets = new ArrayList<>();
        for (GoalSetEntity e : ao.find(GoalSetEntity.class, Query.select().where(GoalSetEntity.SPACE_KEY + " = ? AND "
                + GoalSetEntity.TRASHED + " = ?", spaceKey, false))) {
            sets.add(set(e));
        }
        sets.sort(Comparator.comparing(GoalSet::name, String.CASE_INSENSITIVE_ORDER));
        return sets;
    }

    /** The sets of these spaces (pages not trashed): one query per hundred spaces. */
    public List<GoalSet> setsInSpaces(Collection<String> spaceKeys) {
        List<GoalSet> sets = new ArrayList<>();
        for (List<String> chunk : InLists.chunks(List.copyOf(spaceKeys), IN_CHUNK)) {
            Object[] params = new Object[chunk.size() + 1];
            chunk.toArray(params);
            params[chunk.size()] = false;
            for (GoalSetEntity e : ao.find(GoalSetEntity.class, Query.select().where(InLists.in(GoalSetEntity.SPACE_KEY,
                    chunk.size()) + " AND " + GoalSetEntity.TRASHED + " = ?", params))) {
                sets.add(set(e));
            }
        }
        return sets;
    }

    public GoalSet createSet(String setKey, String spaceKey, String name, long pageId, String matrixName, String userKey,
                             Instant now) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam(GoalSetEntity.SET_KEY, setKey),
                new DBParam(GoalSetEntity.SPACE_KEY, spaceKey),
                new DBParam(GoalSetEntity.NAME, name),
                new DBParam(GoalSetEntity.PAGE_ID, pageId),
                new DBParam(GoalSetEntity.VERSION, 1),
                new DBParam(GoalSetEntity.UPDATED_AT, Date.from(now))));
        if (matrixName != null) {
            params.add(new DBParam(GoalSetEntity.MATRIX_NAME, matrixName));
        }
        if (userKey != null) {
            params.add(new DBParam(GoalSetEntity.UPDATED_BY, userKey));
        }
        return set(ao.create(GoalSetEntity.class, params.toArray(new DBParam[0])));
    }

    public void setMatrixName(int setId, String matrixName) {
        for (GoalSetEntity e : ao.find(GoalSetEntity.class, Query.select().where("ID = ?", setId))) {
            e.setMatrixName(matrixName);
            e.save();
        }
    }

    /**
     * Optimistic locking for one change: takes the set row's write lock (concurrent changes queue here), then reads the
     * version as committed. Still {@code expectedVersion}: it becomes the next one, stamped with who and when, and the
     * new set is returned with {@code ok}; otherwise nothing is written and the set as someone else left it comes back.
     */
    public Bump bump(int setId, int expectedVersion, String userKey, Instant now) {
        GoalSetEntity[] found = ao.find(GoalSetEntity.class, Query.select().where("ID = ?", setId));
        if (found.length == 0) {
            return new Bump(false, null);
        }
        found[0].setUpdatedAt(found[0].getUpdatedAt());
        found[0].save(); // UPDATE ... WHERE ID = ?: the row lock is ours until commit
        GoalSetEntity current = ao.find(GoalSetEntity.class, Query.select().where("ID = ?", setId))[0];
        if (current.getVersion() != expectedVersion) {
            return new Bump(false, set(current));
        }
        current.setVersion(expectedVersion + 1);
        current.setUpdatedBy(userKey);
        current.setUpdatedAt(Date.from(now));
        current.save();
        return new Bump(true, set(current));
    }

    /** The outcome of {@link #bump}. */
    public record Bump(boolean ok, GoalSet set) {
    }

    /** Everything of one set: four queries. */
    public GoalData load(GoalSet set) {
        return loadAll(List.of(set), true).get(0);
    }

    /** Everything of several sets (a space's): four queries per hundred sets, three without the values' history. */
    public List<GoalData> loadAll(List<GoalSet> sets, boolean withHistory) {
        Map<Integer, List<Goal>> goals = new HashMap<>();
        Map<Integer, List<Objective>> objectives = new HashMap<>();
        Map<Integer, List<Contribution>> contributions = new HashMap<>();
        Map<Integer, List<ValueUpdate>> updates = new HashMap<>();
        List<Integer> ids = sets.stream().map(GoalSet::id).toList();
        for (List<Integer> chunk : InLists.chunks(ids, IN_CHUNK)) {
            String in = InLists.in("SET_ID", chunk.size());
            Object[] params = chunk.toArray();
            for (GoalEntity e : ao.find(GoalEntity.class, Query.select().where(in, params))) {
                goals.computeIfAbsent(e.getSetId(), k -> new ArrayList<>()).add(goal(e));
            }
            for (ObjectiveEntity e : ao.find(ObjectiveEntity.class, Query.select().where(in, params))) {
                objectives.computeIfAbsent(e.getSetId(), k -> new ArrayList<>()).add(objective(e));
            }
            for (ContributionEntity e : ao.find(ContributionEntity.class, Query.select().where(in, params))) {
                contributions.computeIfAbsent(e.getSetId(), k -> new ArrayList<>()).add(contribution(e));
            }
            if (!withHistory) {
                continue;
            }
            // the history is most of the rows: streamed read-only, no entity objects
            ao.stream(ValueUpdateEntity.class, Query.select().where(in, params),
                    e -> updates.computeIfAbsent(e.getSetId(), k -> new ArrayList<>()).add(update(e)));
        }
        List<GoalData> all = new ArrayList<>();
        for (GoalSet s : sets) {
            List<Goal> g = new ArrayList<>(goals.getOrDefault(s.id(), List.of()));
            g.sort(Comparator.comparingInt(Goal::rank).thenComparingInt(Goal::id));
            List<Objective> o = new ArrayList<>(objectives.getOrDefault(s.id(), List.of()));
            o.sort(Comparator.comparingInt(Objective::rank).thenComparingInt(Objective::id));
            List<Contribution> c = new ArrayList<>(contributions.getOrDefault(s.id(), List.of()));
            c.sort(Comparator.comparingInt(Contribution::rank).thenComparingInt(Contribution::id));
            List<ValueUpdate> u = new ArrayList<>(updates.getOrDefault(s.id(), List.of()));
            u.sort(Comparator.comparing(ValueUpdate::recordedAt).thenComparingInt(ValueUpdate::id));
            all.add(new GoalData(s, g, o, c, u));
        }
        return all;
    }

    // --- goals ---

    public List<Goal> goals(int setId) {
        List<Goal> goals = new ArrayList<>();
        for (GoalEntity e : ao.find(GoalEntity.class, Query.select().where(GoalEntity.SET_ID + " = ?", setId))) {
            goals.add(goal(e));
        }
        goals.sort(Comparator.comparingInt(Goal::rank).thenComparingInt(Goal::id));
        return goals;
    }

    /** A goal of this set; another set's goal is "not found". */
    public Optional<Goal> goal(int setId, int goalId) {
        GoalEntity[] found = ao.find(GoalEntity.class, Query.select().where("ID = ? AND " + GoalEntity.SET_ID + " = ?", goalId, setId));
        return found.length == 0 ? Optional.empty() : Optional.of(goal(found[0]));
    }

    public Goal addGoal(int setId, String title, String description, int rank) {
        GoalEntity e = ao.create(GoalEntity.class, new DBParam(GoalEntity.SET_ID, setId), new DBParam(GoalEntity.TITLE, title),
                new DBParam(GoalEntity.SORT_RANK, rank));
        if (description != null) {
            e.setDescription(description);
            e.save();
        }
        return goal(e);
    }

    public void updateGoal(int goalId, String title, String description) {
        for (GoalEntity e : ao.find(GoalEntity.class, Query.select().where("ID = ?", goalId))) {
            e.setTitle(title);
            e.setDescription(description);
            e.save();
        }
    }

    /** The goal with its objectives, their contributions and history. */
    public void deleteGoal(int goalId) {
        List<Integer> objectiveIds = new ArrayList<>();
        for (ObjectiveEntity e : ao.find(ObjectiveEntity.class, Query.select().where(ObjectiveEntity.GOAL_ID + " = ?", goalId))) {
            objectiveIds.add(e.getID());
        }
        for (List<Integer> chunk : InLists.chunks(objectiveIds, IN_CHUNK)) {
            ao.deleteWithSQL(ContributionEntity.class, InLists.in(ContributionEntity.OBJECTIVE_ID, chunk.size()), chunk.toArray());
            ao.deleteWithSQL(ValueUpdateEntity.class, InLists.in(ValueUpdateEntity.OBJECTIVE_ID, chunk.size()), chunk.toArray());
        }
        ao.deleteWithSQL(ObjectiveEntity.class, ObjectiveEntity.GOAL_ID + " = ?", goalId);
        ao.deleteWithSQL(GoalEntity.class, "ID = ?", goalId);
    }

    /** Gives the goals ranks 0..n-1 in the order of {@code orderedIds}. */
    public void reorderGoals(int setId, List<Integer> orderedIds) {
        Map<Integer, Integer> rank = ranks(orderedIds);
        for (GoalEntity e : ao.find(GoalEntity.class, Query.select().where(GoalEntity.SET_ID + " = ?", setId))) {
            Integer r = rank.get(e.getID());
            if (r != null && r != e.getSortRank()) {
                e.setSortRank(r);
                e.save();
            }
        }
    }

    // --- objectives ---

    public int countObjectives(int setId) {
        return ao.count(ObjectiveEntity.class, Query.select().where(ObjectiveEntity.SET_ID + " = ?", setId));
    }

    public List<Objective> objectivesOfGoal(int goalId) {
        List<Objective> list = new ArrayList<>();
        for (ObjectiveEntity e : ao.find(ObjectiveEntity.class, Query.select().where(ObjectiveEntity.GOAL_ID + " = ?", goalId))) {
            list.add(objective(e));
        }
        list.sort(Comparator.comparingInt(Objective::rank).thenComparingInt(Objective::id));
        return list;
    }

    public Optional<Objective> objective(int setId, int objectiveId) {
        ObjectiveEntity[] found = ao.find(ObjectiveEntity.class,
                Query.select().where("ID = ? AND " + ObjectiveEntity.SET_ID + " = ?", objectiveId, setId));
        return found.length == 0 ? Optional.empty() : Optional.of(objective(found[0]));
    }

    /** The fields an editor sets on an objective (the current value changes only through {@link #recordValue}). */
    public record ObjectiveFields(String title, String unit, double baseline, double target, @IsoText LocalDate start, @IsoText LocalDate due,
                                  String activity, String trainingRef) {
    }

    public Objective addObjective(int setId, int goalId, ObjectiveFields f, int rank) {
        ObjectiveEntity e = ao.create(ObjectiveEntity.class,
                new DBParam(ObjectiveEntity.SET_ID, setId),
                new DBParam(ObjectiveEntity.GOAL_ID, goalId),
                new DBParam(ObjectiveEntity.TITLE, f.title()),
                new DBParam(ObjectiveEntity.BASELINE, f.baseline()),
                new DBParam(ObjectiveEntity.TARGET, f.target()),
                new DBParam(ObjectiveEntity.START_ON, day(f.start())),
                new DBParam(ObjectiveEntity.DUE_ON, day(f.due())),
                new DBParam(ObjectiveEntity.SORT_RANK, rank));
        apply(e, f);
        e.save();
        return objective(e);
    }

    public void updateObjective(int objectiveId, ObjectiveFields f) {
        for (ObjectiveEntity e : ao.find(ObjectiveEntity.class, Query.select().where("ID = ?", objectiveId))) {
            e.setTitle(f.title());
            e.setBaseline(f.baseline());
            e.setTarget(f.target());
            e.setStartOn(day(f.start()));
            e.setDueOn(day(f.due()));
            apply(e, f);
            e.save();
        }
    }

    private static void apply(ObjectiveEntity e, ObjectiveFields f) {
        e.setUnit(f.unit());
        e.setActivity(f.activity());
        e.setTrainingRef(f.trainingRef());
    }

    /** Moves an objective to another goal of the same set, at the end of it. */
    public void moveObjective(int objectiveId, int goalId, int rank) {
        for (ObjectiveEntity e : ao.find(ObjectiveEntity.class, Query.select().where("ID = ?", objectiveId))) {
            e.setGoalId(goalId);
            e.setSortRank(rank);
            e.save();
        }
    }

    public void reorderObjectives(int goalId, List<Integer> orderedIds) {
        Map<Integer, Integer> rank = ranks(orderedIds);
        for (ObjectiveEntity e : ao.find(ObjectiveEntity.class, Query.select().where(ObjectiveEntity.GOAL_ID + " = ?", goalId))) {
            Integer r = rank.get(e.getID());
            if (r != null && r != e.getSortRank()) {
                e.setSortRank(r);
                e.save();
            }
        }
    }

    public void deleteObjective(int objectiveId) {
        ao.deleteWithSQL(ContributionEntity.class, ContributionEntity.OBJECTIVE_ID + " = ?", objectiveId);
        ao.deleteWithSQL(ValueUpdateEntity.class, ValueUpdateEntity.OBJECTIVE_ID + " = ?", objectiveId);
        ao.deleteWithSQL(ObjectiveEntity.class, "ID = ?", objectiveId);
    }

    /** A new current value: one history row (who, when, note) and the objective's current value and time. */
    public ValueUpdate recordValue(int setId, int objectiveId, double amount, String note, String userKey, Instant at) {
        ValueUpdateEntity e = ao.create(ValueUpdateEntity.class,
                new DBParam(ValueUpdateEntity.SET_ID, setId),
                new DBParam(ValueUpdateEntity.OBJECTIVE_ID, objectiveId),
                new DBParam(ValueUpdateEntity.AMOUNT, amount),
                new DBParam(ValueUpdateEntity.RECORDED_AT, Date.from(at)));
        e.setNote(note);
        e.setUserKey(userKey);
        e.save();
        for (ObjectiveEntity o : ao.find(ObjectiveEntity.class, Query.select().where("ID = ?", objectiveId))) {
            if (o.getMeasuredAt() == null || !o.getMeasuredAt().toInstant().isAfter(at)) {
                o.setCurrentValue(amount);
                o.setMeasuredAt(Date.from(at));
                o.save();
            }
        }
        return update(e);
    }

    // --- contributions ---

    public List<Contribution> contributions(int objectiveId) {
        List<Contribution> list = new ArrayList<>();
        for (ContributionEntity e : ao.find(ContributionEntity.class, Query.select().where(ContributionEntity.OBJECTIVE_ID + " = ?", objectiveId))) {
            list.add(contribution(e));
        }
        list.sort(Comparator.comparingInt(Contribution::rank).thenComparingInt(Contribution::id));
        return list;
    }

    public Optional<Contribution> contribution(int setId, int contributionId) {
        ContributionEntity[] found = ao.find(ContributionEntity.class,
                Query.select().where("ID = ? AND " + ContributionEntity.SET_ID + " = ?", contributionId, setId));
        return found.length == 0 ? Optional.empty() : Optional.of(contribution(found[0]));
    }

    public Contribution addContribution(int setId, int objectiveId, ContributorKind kind, String ref, String how, int rank) {
        return contribution(ao.create(ContributionEntity.class,
                new DBParam(ContributionEntity.SET_ID, setId),
                new DBParam(ContributionEntity.OBJECTIVE_ID, objectiveId),
                new DBParam(ContributionEntity.KIND, kind.name()),
                new DBParam(ContributionEntity.REF, ref),
                new DBParam(ContributionEntity.HOW, how),
                new DBParam(ContributionEntity.SORT_RANK, rank)));
    }

    public void updateContribution(int contributionId, ContributorKind kind, String ref, String how) {
        for (ContributionEntity e : ao.find(ContributionEntity.class, Query.select().where("ID = ?", contributionId))) {
            e.setKind(kind.name());
            e.setRef(ref);
            e.setHow(how);
            e.save();
        }
    }

    public void deleteContribution(int contributionId) {
        ao.deleteWithSQL(ContributionEntity.class, "ID = ?", contributionId);
    }

    // --- mapping ---

    private static Map<Integer, Integer> ranks(List<Integer> orderedIds) {
        Map<Integer, Integer> rank = new HashMap<>();
        for (int i = 0; i < orderedIds.size(); i++) {
            rank.put(orderedIds.get(i), i);
        }
        return rank;
    }

    private static Date day(LocalDate date) {
        return date == null ? null : Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static GoalSet set(GoalSetEntity e) {
        return new GoalSet(e.getID(), e.getSpaceKey(), e.getName(), e.getPageId(), e.getMatrixName(), e.getVersion(),
                e.getUpdatedBy(), e.getUpdatedAt() == null ? null : e.getUpdatedAt().toInstant());
    }

    private static Goal goal(GoalEntity e) {
        return new Goal(e.getID(), e.getTitle(), e.getDescription(), e.getSortRank());
    }

    private static Objective objective(ObjectiveEntity e) {
        LocalDate due = day(e.getDueOn());
        LocalDate start = day(e.getStartOn());
        return new Objective(e.getID(), e.getGoalId(), e.getTitle(), e.getUnit(), e.getBaseline(), e.getTarget(),
                e.getCurrentValue(), e.getMeasuredAt() == null ? null : e.getMeasuredAt().toInstant(),
                start == null ? due.minusDays(1) : start, due, e.getActivity(), e.getTrainingRef(), e.getSortRank());
    }

    private static Contribution contribution(ContributionEntity e) {
        return new Contribution(e.getID(), e.getObjectiveId(), ContributorKind.valueOf(e.getKind()), e.getRef(), e.getHow(),
                e.getSortRank());
    }

    private static ValueUpdate update(ValueUpdateEntity e) {
        return new ValueUpdate(e.getID(), e.getObjectiveId(), e.getAmount(), e.getNote(), e.getUserKey(),
                e.getRecordedAt().toInstant());
    }

    // --- the page's life cycle (GoalsLifecycle): each call is one transaction ---

    /** Deletes goal sets with their goals, objectives, contributions and value updates. */
    private int deleteSets(GoalSetEntity[] sets) {
        List<Integer> ids = new ArrayList<>();
        for (GoalSetEntity e : sets) {
            ids.add(e.getID());
        }
        return AoDeletes.cascade(ao, GoalSetEntity.class, ids, IN_CHUNK,
                AoDeletes.child(ValueUpdateEntity.class, ValueUpdateEntity.SET_ID),
                AoDeletes.child(ContributionEntity.class, ContributionEntity.SET_ID),
                AoDeletes.child(ObjectiveEntity.class, ObjectiveEntity.SET_ID),
                AoDeletes.child(GoalEntity.class, GoalEntity.SET_ID));
    }

    /** Ids of the goal sets whose page it is. */
    public List<Integer> setsOnPage(long pageId) {
        List<Integer> ids = new ArrayList<>();
        for (GoalSetEntity e : ao.find(GoalSetEntity.class, Query.select().where(GoalSetEntity.PAGE_ID + " = ?", pageId))) {
            ids.add(e.getID());
        }
        return ids;
    }

    /**
     * A new set {@code name} in {@code spaceKey} on {@code pageId} with {@code source}'s goals, objectives (baseline,
     * target, dates) and contributions under new ids, in one transaction; the values measured so far and their
     * history are the original's own, so the copy's objectives start at their baseline.
     */
    public GoalSet copySet(GoalData source, String spaceKey, String name, long pageId, Instant now) {
        return ao.executeInTransaction(() -> {
            GoalSet copy = createSet(GoalRules.setKey(spaceKey, name), spaceKey, name, pageId, source.set().matrixName(),
                    null, now);
            for (Goal g : source.goals()) {
                int goalId = addGoal(copy.id(), g.title(), g.description(), g.rank()).id();
                for (Objective o : source.objectivesOf(g.id())) {
                    int objectiveId = addObjective(copy.id(), goalId, new ObjectiveFields(o.title(), o.unit(),
                            o.baseline(), o.target(), o.start(), o.due(), o.activity(), o.trainingRef()), o.rank()).id();
                    for (Contribution c : source.contributionsOf(o.id())) {
                        addContribution(copy.id(), objectiveId, c.kind(), c.ref(), c.how(), c.rank());
                    }
                }
            }
            return copy;
        });
    }

    /** Hides ({@code true}) or shows again the page's goal sets. */
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            for (GoalSetEntity e : ao.find(GoalSetEntity.class, Query.select().where(GoalSetEntity.PAGE_ID + " = ?", pageId))) {
                e.setTrashed(trashed);
                e.save();
            }
            return null;
        });
    }

    public int deletePage(long pageId) {
        return ao.executeInTransaction(() -> deleteSets(ao.find(GoalSetEntity.class,
                Query.select().where(GoalSetEntity.PAGE_ID + " = ?", pageId))));
    }

    public int removeSpace(String spaceKey) {
        return ao.executeInTransaction(() -> deleteSets(ao.find(GoalSetEntity.class,
                Query.select().where(GoalSetEntity.SPACE_KEY + " = ?", spaceKey))));
    }

    /** The page's goal sets now belong to {@code spaceKey}; a name taken there stays (returned). */
    public List<String> movePage(long pageId, String spaceKey) {
        return ao.executeInTransaction(() -> {
            List<String> kept = new ArrayList<>();
            for (GoalSetEntity e : ao.find(GoalSetEntity.class, Query.select().where(GoalSetEntity.PAGE_ID + " = ?", pageId))) {
                String key = GoalRules.setKey(spaceKey, e.getName());
                if (ao.count(GoalSetEntity.class, Query.select().where(GoalSetEntity.SET_KEY + " = ?", key)) > 0) {
                    kept.add(e.getName());
                    continue;
                }
                e.setSpaceKey(spaceKey);
                e.setSetKey(key);
                e.save();
            }
            return kept;
        });
    }

    /** The notes the person wrote on value updates are erased, their names in others' notes replaced; values stay. */
    public int erase(ErasedPerson person) {
        return ao.executeInTransaction(() -> {
            int changed = 0;
            for (ValueUpdateEntity e : ao.find(ValueUpdateEntity.class)) {
                String note = person.userKey().equals(e.getUserKey()) ? ErasedPerson.erased(e.getNote())
                        : person.redact(e.getNote());
                if (!java.util.Objects.equals(note, e.getNote())) {
                    e.setNote(note);
                    e.save();
                    changed++;
                }
            }
            return changed;
        });
    }
}
