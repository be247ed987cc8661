package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.socialplaybook.platform.RoleActivities;
import org.socialplaybook.roles.Model.Activity;

/** {@link RoleActivities} over the role matrices: two queries (the matrix by key, its activities). */
@Named
public class RoleMatrixActivities implements RoleActivities {
    private final RoleMatrixStore store;

    @Inject
    public RoleMatrixActivities(RoleMatrixStore store) {
        this.store = store;
    }

    @Override
    public List<String> activities(String spaceKey, String matrixName) {
        if (spaceKey == null || spaceKey.isBlank() || matrixName == null || matrixName.isBlank()) {
            return List.of();
        }
        return store.matrixByKey(Names.matrixKey(spaceKey, matrixName))
                .map(m -> store.activities(m.id()).stream().map(Activity::name).toList())
                .orElse(List.of());
    }
}
