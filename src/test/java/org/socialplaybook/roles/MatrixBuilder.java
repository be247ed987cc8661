package org.socialplaybook.roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;

/** A matrix in memory for rule tests: roles and activities by name, cells as letters ("A/R"), people by key. */
final class MatrixBuilder {
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private final List<Activity> activityList = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private final List<Holder> holders = new ArrayList<>();
    private int nextId = 1;

    MatrixBuilder roles(String... names) {
        for (String name : names) {
            roles.put(name, new Role(nextId++, name, roles.size()));
        }
        return this;
    }

    /** An activity with its letters per role, in the order of the roles: {@code activity("Plan", "R", "A", "")}. */
    MatrixBuilder activity(String name, String... letters) {
        Activity a = new Activity(nextId++, name, null, activityList.size());
        activities.putIfAbsent(name, a);
        activityList.add(a);
        List<Role> rs = new ArrayList<>(roles.values());
        for (int i = 0; i < letters.length; i++) {
            Letters l = Letters.parseLenient(letters[i]).orElseThrow();
            if (!l.isEmpty()) {
                cells.add(new Cell(rs.get(i).id(), a.id(), l));
            }
        }
        return this;
    }

    MatrixBuilder holds(String userKey, String... roleNames) {
        for (String r : roleNames) {
            holders.add(new Holder(roles.get(r).id(), userKey, false));
        }
        return this;
    }

    MatrixBuilder deputy(String userKey, String roleName) {
        holders.add(new Holder(roles.get(roleName).id(), userKey, true));
        return this;
    }

    int role(String name) {
        return roles.get(name).id();
    }

    int activity(String name) {
        return activities.get(name).id();
    }

    List<Activity> activities() {
        return activityList;
    }

    MatrixData build(Integer overload) {
        return new MatrixData(new Matrix(99, "SOCIAL", "Team", 1101, 1, overload, false, null, Instant.EPOCH),
                new ArrayList<>(roles.values()), activityList, cells, holders, List.of());
    }

    MatrixData build() {
        return build(null);
    }
}
