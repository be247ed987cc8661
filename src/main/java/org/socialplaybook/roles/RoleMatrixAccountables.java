package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.socialplaybook.platform.ActivityAccountables;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Holder;
import org.socialplaybook.roles.Model.MatrixData;

/** {@link ActivityAccountables} over the space's role matrices: the matrices, then one load of all of them. */
@Named
public class RoleMatrixAccountables implements ActivityAccountables {
    private final RoleMatrixStore store;

    @Inject
    public RoleMatrixAccountables(RoleMatrixStore store) {
        this.store = store;
    }

    @Override
    public Set<String> accountable(String spaceKey, String activityName) {
        if (spaceKey == null || activityName == null || activityName.isBlank()) {
            return Set.of();
        }
        String wanted = Names.key(activityName);
        Set<String> people = new LinkedHashSet<>();
        for (MatrixData data : store.loadAll(store.matricesInSpace(spaceKey))) {
            Set<Integer> activities = new HashSet<>();
            for (Activity a : data.activities()) {
                if (Names.key(a.name()).equals(wanted)) {
                    activities.add(a.id());
                }
            }
            Set<Integer> accountableRoles = new HashSet<>();
            for (Cell c : data.cells()) {
                if (activities.contains(c.activityId()) && c.letters().has(Raci.A)) {
                    accountableRoles.add(c.roleId());
                }
            }
            for (Holder h : data.holders()) {
                if (!h.deputy() && accountableRoles.contains(h.roleId())) {
                    people.add(h.userKey());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(people);
    }
}
