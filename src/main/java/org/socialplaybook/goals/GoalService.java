package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.socialplaybook.goals.GoalStore.ObjectiveFields;
import org.socialplaybook.goals.Goals.Contribution;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.EditVersions;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.SpaceVersions;
import org.socialplaybook.platform.TimeSource;

/**
 * Everything that changes goals, with its checks: who may (view permission on the owning page to read, edit permission
 * to change), what is valid (a 400 with a translated key otherwise, nothing changed), optimistic locking (a stale
 * version is a 409 naming who changed the goals meanwhile), one transaction per change.
 */
@Named
public class GoalService {
    private final GoalStore store;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final TimeSource time;
    private final GoalReferences references;
    private final SpaceVersions versions;

    @Inject
    public GoalService(GoalStore store, PageAccess pageAccess, CurrentUser currentUser, TimeSource time,
                       GoalReferences references, SpaceVersions versions) {
        this.versions = versions;
        this.store = store;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.time = time;
        this.references = references;
    }

    // --- the macro ---

    /**
     * The goals a macro on this page shows: found by space and name, or created now. On the page that owns them, the
     * macro's role matrix parameter is kept with the goals (roles and activities are looked up in that matrix).
     */
    public GoalData open(MacroPage page, String name, String matrixName) {
        String clean = GoalRules.line("name", name, GoalRules.MAX_NAME, false);
        if (clean == null) {
            throw PlaybookException.invalidField("name", "social-playbook.goals.macro.name-required");
        }
        String matrix = GoalRules.line("matrix", matrixName, GoalRules.MAX_NAME, false);
        String key = GoalRules.setKey(page.spaceKey(), clean);
        Optional<GoalSet> existing = store.setByKey(key);
        GoalSet set;
        if (existing.isEmpty()) {
            set = create(page, clean, matrix, key);
            versions.changed(page.spaceKey());
        } else {
            set = existing.get();
            if (!pageAccess.canView(set.pageId())) {
                throw PlaybookException.notFound("social-playbook.goals.error.set-hidden", clean);
            }
            if (set.pageId() == page.pageId() && !Objects.equals(set.matrixName(), matrix)) {
                int id = set.id();
                store.transaction(() -> {
                    store.setMatrixName(id, matrix);
                    return null;
                });
                versions.changed(page.spaceKey());
                set = store.set(id).orElseThrow();
            }
        }
        return store.load(set);
    }

    private GoalSet create(MacroPage page, String name, String matrix, String key) {
        String user = currentUser.key().orElse(null);
        try {
            return store.transaction(() -> store.setByKey(key)
                    .orElseGet(() -> store.createSet(key, page.spaceKey(), name, page.pageId(), matrix, user, time.now())));
        } catch (RuntimeException raced) {
            // another request created it at the same moment (the key is unique): show theirs
            return store.setByKey(key).orElseThrow(() -> raced);
        }
    }

    // --- reading ---

    public GoalSet viewable(int setId) {
        GoalSet set = store.set(setId).orElseThrow(() -> notFound(setId));
        pageAccess.requireView(set.pageId());
        return set;
    }

    public GoalData view(int setId) {
        return store.load(viewable(setId));
    }

    public boolean canEdit(GoalSet set) {
        return currentUser.key().isPresent() && pageAccess.canEdit(set.pageId());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    // --- goals ---

    public GoalData addGoal(int setId, GoalRequests.GoalBody body) {
        GoalSet set = editable(setId);
        String title = GoalRules.line("title", body.title(), GoalRules.MAX_TITLE, true);
        String description = GoalRules.line("description", body.description(), GoalRules.MAX_DESCRIPTION, false);
        return change(set, version(body.version()), () -> {
            List<Goal> goals = store.goals(set.id());
            if (goals.size() >= GoalRules.MAX_GOALS) {
                throw PlaybookException.invalid("social-playbook.goals.error.too-many-goals", GoalRules.MAX_GOALS);
            }
            store.addGoal(set.id(), title, description, goals.stream().mapToInt(Goal::rank).max().orElse(-1) + 1);
        });
    }

    public GoalData updateGoal(int setId, int goalId, GoalRequests.GoalBody body) {
        GoalSet set = editable(setId);
        String title = GoalRules.line("title", body.title(), GoalRules.MAX_TITLE, true);
        String description = GoalRules.line("description", body.description(), GoalRules.MAX_DESCRIPTION, false);
        goal(set, goalId);
        return change(set, version(body.version()), () -> store.updateGoal(goalId, title, description));
    }

    public GoalData deleteGoal(int setId, int goalId, Integer version) {
        GoalSet set = editable(setId);
        int v = version(version);
        goal(set, goalId);
        return change(set, v, () -> store.deleteGoal(goalId));
    }

    public GoalData reorderGoals(int setId, GoalRequests.OrderBody body) {
        GoalSet set = editable(setId);
        List<Integer> ids = body.ids() == null ? List.of() : body.ids();
        return change(set, version(body.version()), () -> {
            requireSameIds(ids, store.goals(set.id()).stream().map(Goal::id).toList());
            store.reorderGoals(set.id(), ids);
        });
    }

    // --- objectives ---

    public GoalData addObjective(int setId, int goalId, GoalRequests.ObjectiveBody body) {
        GoalSet set = editable(setId);
        goal(set, goalId);
        ObjectiveFields fields = fields(set, body, null);
        Double first = body.current() == null ? null : GoalRules.number("current", body.current());
        String user = currentUser.requireKey();
        return change(set, version(body.version()), () -> {
            if (store.countObjectives(set.id()) >= GoalRules.MAX_OBJECTIVES) {
                throw PlaybookException.invalid("social-playbook.goals.error.too-many-objectives", GoalRules.MAX_OBJECTIVES);
            }
            int rank = store.objectivesOfGoal(goalId).stream().mapToInt(Objective::rank).max().orElse(-1) + 1;
            Objective o = store.addObjective(set.id(), goalId, fields, rank);
            if (first != null) {
                store.recordValue(set.id(), o.id(), first, null, user, time.now());
            }
        });
    }

    public GoalData updateObjective(int setId, int objectiveId, GoalRequests.ObjectiveBody body) {
        GoalSet set = editable(setId);
        Objective existing = objective(set, objectiveId);
        if (body.current() != null) {
            throw PlaybookException.invalidField("current", "social-playbook.goals.error.current-through-values");
        }
        ObjectiveFields fields = fields(set, body, existing.start());
        Integer moveTo = body.goalId() != null && body.goalId() != existing.goalId() ? body.goalId() : null;
        if (moveTo != null) {
            goal(set, moveTo);
        }
        return change(set, version(body.version()), () -> {
            store.updateObjective(objectiveId, fields);
            if (moveTo != null) {
                int rank = store.objectivesOfGoal(moveTo).stream().mapToInt(Objective::rank).max().orElse(-1) + 1;
                store.moveObjective(objectiveId, moveTo, rank);
            }
        });
    }

    public GoalData deleteObjective(int setId, int objectiveId, Integer version) {
        GoalSet set = editable(setId);
        int v = version(version);
        objective(set, objectiveId);
        return change(set, v, () -> store.deleteObjective(objectiveId));
    }

    public GoalData reorderObjectives(int setId, int goalId, GoalRequests.OrderBody body) {
        GoalSet set = editable(setId);
        goal(set, goalId);
        List<Integer> ids = body.ids() == null ? List.of() : body.ids();
        return change(set, version(body.version()), () -> {
            requireSameIds(ids, store.objectivesOfGoal(goalId).stream().map(Objective::id).toList());
            store.reorderObjectives(goalId, ids);
        });
    }

    /** A new current value for the objective, kept in its history with who recorded it and when. */
    public GoalData recordValue(int setId, int objectiveId, GoalRequests.ValueBody body) {
        GoalSet set = editable(setId);
        objective(set, objectiveId);
        double value = GoalRules.number("value", body.value());
        String note = GoalRules.line("note", body.note(), GoalRules.MAX_NOTE, false);
        String user = currentUser.requireKey();
        return change(set, version(body.version()), () -> store.recordValue(set.id(), objectiveId, value, note, user, time.now()));
    }

    private ObjectiveFields fields(GoalSet set, GoalRequests.ObjectiveBody body, LocalDate keepStart) {
        String title = GoalRules.line("title", body.title(), GoalRules.MAX_TITLE, true);
        String unit = GoalRules.line("unit", body.unit(), GoalRules.MAX_UNIT, false);
        double baseline = GoalRules.number("baseline", body.baseline());
        double target = GoalRules.number("target", body.target());
        LocalDate start = GoalRules.date("start", body.start(), false);
        LocalDate due = GoalRules.date("due", body.due(), true);
        if (start == null) {
            start = keepStart != null ? keepStart : today();
        }
        GoalRules.checkObjective(baseline, target, start, due);
        String activity = references.activity(set, body.activity());
        String training = references.training(set, body.training());
        return new ObjectiveFields(title, unit, baseline, target, start, due, activity, training);
    }

    // --- contributions ---

    public GoalData addContribution(int setId, int objectiveId, GoalRequests.ContributionBody body) {
        GoalSet set = editable(setId);
        objective(set, objectiveId);
        ContributorKind kind = GoalRules.kind(body.kind());
        String ref = references.contributor(set, kind, body.ref());
        String how = GoalRules.line("how", body.how(), GoalRules.MAX_HOW, true);
        return change(set, version(body.version()), () -> {
            List<Contribution> existing = store.contributions(objectiveId);
            if (existing.size() >= GoalRules.MAX_CONTRIBUTIONS) {
                throw PlaybookException.invalid("social-playbook.goals.error.too-many-contributions", GoalRules.MAX_CONTRIBUTIONS);
            }
            requireNew(existing, kind, ref, -1);
            store.addContribution(set.id(), objectiveId, kind, ref, how,
                    existing.stream().mapToInt(Contribution::rank).max().orElse(-1) + 1);
        });
    }

    public GoalData updateContribution(int setId, int contributionId, GoalRequests.ContributionBody body) {
        GoalSet set = editable(setId);
        Contribution c = contribution(set, contributionId);
        ContributorKind kind = GoalRules.kind(body.kind());
        String ref = references.contributor(set, kind, body.ref());
        String how = GoalRules.line("how", body.how(), GoalRules.MAX_HOW, true);
        return change(set, version(body.version()), () -> {
            requireNew(store.contributions(c.objectiveId()), kind, ref, c.id());
            store.updateContribution(contributionId, kind, ref, how);
        });
    }

    public GoalData deleteContribution(int setId, int contributionId, Integer version) {
        GoalSet set = editable(setId);
        int v = version(version);
        contribution(set, contributionId);
        return change(set, v, () -> store.deleteContribution(contributionId));
    }

    private void requireNew(List<Contribution> existing, ContributorKind kind, String ref, int except) {
        for (Contribution c : existing) {
            if (c.id() != except && c.kind() == kind && GoalRules.sameName(c.ref(), ref)) {
                String who = kind == ContributorKind.PERSON ? references.displayName(ref) : ref;
                throw PlaybookException.invalidField("ref", "social-playbook.goals.error.already-contributes", who);
            }
        }
    }

    // --- the checks every change shares ---

    private GoalSet editable(int setId) {
        GoalSet set = store.set(setId).orElseThrow(() -> notFound(setId));
        pageAccess.requireEdit(set.pageId());
        return set;
    }

    /** One change: in one transaction, the version check first, then the work; answers the goals as they now are. */
    private GoalData change(GoalSet set, int expectedVersion, Runnable work) {
        String user = currentUser.requireKey();
        GoalSet changed = store.transaction(() -> {
            GoalStore.Bump bump = store.bump(set.id(), expectedVersion, user, time.now());
            if (bump.set() == null) {
                throw notFound(set.id());
            }
            if (!bump.ok()) {
                throw EditVersions.refusal(expectedVersion, bump.set().version(), "social-playbook.goals.error.conflict",
                        references.displayName(bump.set().updatedBy()));
            }
            work.run();
            return bump.set();
        });
        return store.load(changed);
    }

    private Goal goal(GoalSet set, int goalId) {
        return store.goal(set.id(), goalId)
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.goals.error.goal-not-found", String.valueOf(goalId)));
    }

    private Objective objective(GoalSet set, int objectiveId) {
        return store.objective(set.id(), objectiveId)
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.goals.error.objective-not-found", String.valueOf(objectiveId)));
    }

    private Contribution contribution(GoalSet set, int contributionId) {
        return store.contribution(set.id(), contributionId)
                .orElseThrow(() -> PlaybookException.notFound("social-playbook.goals.error.contribution-not-found", String.valueOf(contributionId)));
    }

    private static PlaybookException notFound(int setId) {
        return PlaybookException.notFound("social-playbook.goals.error.set-not-found", String.valueOf(setId));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw PlaybookException.invalidField("version", "social-playbook.goals.error.version-required");
        }
        return version;
    }

    private static void requireSameIds(List<Integer> given, List<Integer> actual) {
        if (given.size() != actual.size() || given.stream().anyMatch(Objects::isNull)
                || !new HashSet<>(given).equals(new HashSet<>(actual))) {
            throw PlaybookException.invalidField("ids", "social-playbook.goals.error.order-ids");
        }
    }
}
