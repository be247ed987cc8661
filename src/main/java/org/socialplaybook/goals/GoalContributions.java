package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.goals.Goals.Contribution;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.Status;
import org.socialplaybook.platform.HeldRoles;
import org.socialplaybook.platform.ObjectivesOfPerson;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.TimeSource;

/**
 * "Why am I doing this?" across spaces: the objectives of every goal set in those spaces (on pages the person may
 * view) that name the person, a group they are in, or a role they hold in the set's matrix, matched as the goals
 * macro matches them ({@link GoalViews#via}). Queries: the sets (one per hundred spaces), the person's roles (three,
 * {@link RoleDirectory#rolesOfPerson}), the sets' goals, objectives and contributions (three per hundred sets, no
 * history); pages checked in bulk. Most pressing first: off track, at risk, not measured, on track, achieved; then
 * by due date.
 */
@Named
public class GoalContributions implements ObjectivesOfPerson {
    private static final List<String> PRESSING = List.of(Status.OFF_TRACK, Status.AT_RISK, Status.NOT_MEASURED,
            Status.ON_TRACK, Status.ACHIEVED).stream().map(GoalViews::id).toList();
    private static final Comparator<ContributedObjective> MOST_PRESSING_FIRST = Comparator
            .<ContributedObjective>comparingInt(o -> PRESSING.indexOf(o.status()))
            .thenComparing(ContributedObjective::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ContributedObjective::objective, String.CASE_INSENSITIVE_ORDER);

    private final GoalStore store;
    private final GoalViews views;
    private final RoleDirectory roles;
    private final ReaderAccess readers;
    private final TimeSource time;

    @Inject
    public GoalContributions(GoalStore store, GoalViews views, RoleDirectory roles, ReaderAccess readers, TimeSource time) {
        this.store = store;
        this.views = views;
        this.roles = roles;
        this.readers = readers;
        this.time = time;
    }

    @Override
    public List<ContributedObjective> objectivesOfPerson(Collection<String> spaceKeys, String userKey) {
        if (spaceKeys.isEmpty() || userKey == null) {
            return List.of();
        }
        List<GoalSet> sets = new ArrayList<>(store.setsInSpaces(spaceKeys));
        if (sets.isEmpty()) {
            return List.of();
        }
        Set<Long> visible = readers.viewablePages(userKey, sets.stream().map(GoalSet::pageId).distinct().toList());
        sets.removeIf(s -> !visible.contains(s.pageId()));
        if (sets.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> held = new HashMap<>();
        for (HeldRoles h : roles.rolesOfPerson(sets.stream().map(GoalSet::spaceKey).distinct().toList(), userKey)) {
            held.put(matrixKey(h.spaceKey(), h.matrixName()), h.roles());
        }
        LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
        Map<String, Boolean> teams = new HashMap<>();
        List<ContributedObjective> mine = new ArrayList<>();
        for (GoalData data : store.loadAll(sets, false)) {
            GoalSet set = data.set();
            List<String> myRoles = set.matrixName() == null ? List.of()
                    : held.getOrDefault(matrixKey(set.spaceKey(), set.matrixName()), List.of());
            Map<Integer, Goal> goals = new HashMap<>();
            data.goals().forEach(g -> goals.put(g.id(), g));
            Map<Integer, List<Contribution>> byObjective = new HashMap<>();
            data.contributions().forEach(c -> byObjective.computeIfAbsent(c.objectiveId(), k -> new ArrayList<>()).add(c));
            for (Objective o : data.objectives()) {
                Goal goal = goals.get(o.goalId());
                if (goal == null) {
                    continue;
                }
                for (Contribution c : byObjective.getOrDefault(o.id(), List.of())) {
                    String via = views.via(c, userKey, myRoles, teams);
                    if (via != null) {
                        Status status = GoalRules.status(o, today);
                        mine.add(new ContributedObjective(set.spaceKey(), set.pageId(), goal.title(), o.title(),
                                GoalViews.id(status), views.statusText(status), GoalViews.lozenge(status),
                                c.kind().name().toLowerCase(Locale.ROOT), via, c.how(), o.due()));
                    }
                }
            }
        }
        mine.sort(MOST_PRESSING_FIRST);
        return mine;
    }

    private static String matrixKey(String spaceKey, String matrixName) {
        return spaceKey + "\u0000" + matrixName.toLowerCase(Locale.ROOT);
    }
}
