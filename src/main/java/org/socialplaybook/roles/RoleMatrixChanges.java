package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.SpaceChangesProvider;

/**
 * "What changed in the role matrices" for the Monday digest: the change log of the space's matrices between two
 * moments, summarised per matrix as its net changes ({@link ChangeSummary}: "3 cells changed, 1 role added",
 * in-between states collapsed, the seeded creation left out); one query whatever the number of matrices or changes.
 */
@Named
public class RoleMatrixChanges implements SpaceChangesProvider {
    static final String AREA = "role-matrix";
    static final String PART_KEY = "social-playbook.roles.summary.";

    private final RoleMatrixStore store;

    @Inject
    public RoleMatrixChanges(RoleMatrixStore store) {
        this.store = store;
    }

    @Override
    public List<SpaceChange> changesBetween(String spaceKey, Instant from, Instant to) {
        List<SpaceChange> changes = new ArrayList<>();
        for (ChangeSummary.Matrix m : ChangeSummary.of(store.changesInSpace(spaceKey, from, to))) {
            List<SpaceChange.Part> parts = new ArrayList<>();
            m.parts().forEach((part, count) -> parts.add(new SpaceChange.Part(key(part), List.of(count))));
            changes.add(new SpaceChange(m.lastChangedAt(), AREA, m.matrixName(), parts, m.editors(), m.pageId()));
        }
        return changes;
    }

    static String key(ChangeSummary.Part part) {
        return PART_KEY + part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
