package org.socialplaybook.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.Problem.CellRef;
import org.socialplaybook.roles.Problem.Kind;

/**
 * What a RACI matrix must satisfy, checked in one pass over its cells (linear in their number):
 * every activity has exactly one Accountable and at least one Responsible; no activity appears twice (names compared
 * ignoring case, accents and spacing); every role is used somewhere and held by someone (deputies do not count as
 * holders); nobody is Accountable for more activities than the overload limit (when one is set); and nobody is
 * Responsible for the same activity through two of their roles. Plain Java, no Atlassian types.
 */
public final class RaciRules {
    private RaciRules() {
    }

    public static List<Problem> check(MatrixData data, Integer overloadLimit) {
        Map<Integer, Map<Integer, Letters>> byActivity = new HashMap<>();
        Set<Integer> usedRoles = new LinkedHashSet<>();
        for (Cell cell : data.cells()) {
            if (!cell.letters().isEmpty()) {
                byActivity.computeIfAbsent(cell.activityId(), k -> new LinkedHashMap<>()).put(cell.roleId(), cell.letters());
                usedRoles.add(cell.roleId());
            }
        }
        Map<Integer, Integer> roleOrder = new HashMap<>();
        for (Role role : data.roles()) {
            roleOrder.put(role.id(), role.rank());
        }
        List<Problem> problems = new ArrayList<>();
        activityRules(data, byActivity, roleOrder, problems);
        duplicates(data, problems);
        roleRules(data, usedRoles, problems);
        personRules(data, byActivity, overloadLimit, problems);
        problems.sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
        return problems;
    }

    private static void activityRules(MatrixData data, Map<Integer, Map<Integer, Letters>> byActivity,
                                      Map<Integer, Integer> roleOrder, List<Problem> problems) {
        for (Activity activity : data.activities()) {
            Map<Integer, Letters> cells = byActivity.getOrDefault(activity.id(), Map.of());
            List<CellRef> accountable = new ArrayList<>();
            boolean responsible = false;
            for (Map.Entry<Integer, Letters> e : cells.entrySet()) {
                if (!roleOrder.containsKey(e.getKey())) {
                    continue;
                }
                if (e.getValue().has(Raci.A)) {
                    accountable.add(new CellRef(e.getKey(), activity.id()));
                }
                responsible |= e.getValue().has(Raci.R);
            }
            List<Integer> self = List.of(activity.id());
            if (accountable.isEmpty()) {
                problems.add(new Problem(Kind.NO_ACCOUNTABLE, self, List.of(), null, 0, List.of()));
            } else if (accountable.size() > 1) {
                accountable.sort((x, y) -> Integer.compare(roleOrder.get(x.roleId()), roleOrder.get(y.roleId())));
                problems.add(new Problem(Kind.MANY_ACCOUNTABLE, self,
                        accountable.stream().map(CellRef::roleId).toList(), null, accountable.size(), accountable));
            }
            if (!responsible) {
                problems.add(new Problem(Kind.NO_RESPONSIBLE, self, List.of(), null, 0, List.of()));
            }
        }
    }

    private static void duplicates(MatrixData data, List<Problem> problems) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (Activity activity : data.activities()) {
            byKey.computeIfAbsent(Names.key(activity.name()), k -> new ArrayList<>()).add(activity.id());
        }
        for (List<Integer> same : byKey.values()) {
            if (same.size() > 1) {
                problems.add(new Problem(Kind.DUPLICATE_ACTIVITY, same, List.of(), null, same.size(), List.of()));
            }
        }
    }

    private static void roleRules(MatrixData data, Set<Integer> usedRoles, List<Problem> problems) {
        Set<Integer> held = new LinkedHashSet<>();
        for (Holder holder : data.holders()) {
            if (!holder.deputy()) {
                held.add(holder.roleId());
            }
        }
        for (Role role : data.roles()) {
            if (!usedRoles.contains(role.id())) {
                problems.add(new Problem(Kind.ROLE_UNUSED, List.of(), List.of(role.id()), null, 0, List.of()));
            }
        }
        for (Role role : data.roles()) {
            if (!held.contains(role.id())) {
                problems.add(new Problem(Kind.ROLE_WITHOUT_PEOPLE, List.of(), List.of(role.id()), null, 0, List.of()));
            }
        }
    }

    private static void personRules(MatrixData data, Map<Integer, Map<Integer, Letters>> byActivity,
                                    Integer overloadLimit, List<Problem> problems) {
        Map<String, List<Integer>> rolesByPerson = new TreeMap<>();
        Map<Integer, Integer> rank = new HashMap<>();
        for (Role role : data.roles()) {
            rank.put(role.id(), role.rank());
        }
        for (Holder holder : data.holders()) {
            if (!holder.deputy() && rank.containsKey(holder.roleId())) {
                rolesByPerson.computeIfAbsent(holder.userKey(), k -> new ArrayList<>()).add(holder.roleId());
            }
        }
        List<Problem> overloads = new ArrayList<>();
        List<Problem> collisions = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> person : rolesByPerson.entrySet()) {
            List<Integer> roles = person.getValue();
            roles.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
            List<Integer> accountableFor = new ArrayList<>();
            List<CellRef> accountableCells = new ArrayList<>();
            for (Activity activity : data.activities()) {
                Map<Integer, Letters> cells = byActivity.getOrDefault(activity.id(), Map.of());
                boolean accountable = false;
                List<Integer> responsibleRoles = new ArrayList<>();
                for (Integer roleId : roles) {
                    Letters letters = cells.get(roleId);
                    if (letters == null) {
                        continue;
                    }
                    if (letters.has(Raci.A)) {
                        accountable = true;
                        accountableCells.add(new CellRef(roleId, activity.id()));
                    }
                    if (letters.has(Raci.R)) {
                        responsibleRoles.add(roleId);
                    }
                }
                if (accountable) {
                    accountableFor.add(activity.id());
                }
                if (responsibleRoles.size() > 1) {
                    collisions.add(new Problem(Kind.RESPONSIBLE_COLLISION, List.of(activity.id()), responsibleRoles,
                            person.getKey(), responsibleRoles.size(),
                            responsibleRoles.stream().map(r -> new CellRef(r, activity.id())).toList()));
                }
            }
            if (overloadLimit != null && accountableFor.size() > overloadLimit) {
                overloads.add(new Problem(Kind.PERSON_OVERLOADED, accountableFor, roles, person.getKey(),
                        accountableFor.size(), accountableCells));
            }
        }
        problems.addAll(overloads);
        problems.addAll(collisions);
    }

    /** The activities that some problem is about (for "activities without problems" figures). */
    public static Set<Integer> activitiesWithProblems(List<Problem> problems) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (Problem p : problems) {
            if (p.kind().aboutActivities() || p.kind() == Kind.RESPONSIBLE_COLLISION) {
                ids.addAll(p.activityIds());
            }
        }
        return ids;
    }
}
