package org.socialplaybook.roles;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.SpaceChange;
import org.socialplaybook.platform.SpaceChangesProvider;

/**
 * "What changed in the role matrices" for the Monday digest: the change log of the space's matrices between two
 * moments, one query whatever the number of matrices or changes; people's keys become display names.
 */
@Named
public class RoleMatrixChanges implements SpaceChangesProvider {
    static final String AREA = "role-matrix";

    private final RoleMatrixStore store;
    private final People people;

    @Inject
    public RoleMatrixChanges(RoleMatrixStore store, People people) {
        this.store = store;
        this.people = people;
    }

    @Override
    public List<SpaceChange> changesBetween(String spaceKey, Instant from, Instant to) {
        List<SpaceChange> changes = new ArrayList<>();
        for (ChangeNote.Logged logged : store.changesInSpace(spaceKey, from, to)) {
            ChangeNote note = logged.note();
            String key = "social-playbook.roles.change." + note.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
            List<String> arguments = new ArrayList<>();
            arguments.add(text(note.subject()));
            switch (note.kind()) {
                case PERSON_ADDED, PERSON_REMOVED -> arguments.add(name(note.detail()));
                case DEPUTY_CHANGED -> {
                    if (note.detail() == null) {
                        key = "social-playbook.roles.change.deputy-cleared";
                    }
                    arguments.add(name(note.detail()));
                }
                case CELL_CHANGED -> {
                    arguments.add(text(note.detail()));
                    arguments.add(text(note.extra()));
                    if (text(note.extra()).isEmpty()) {
                        key = "social-playbook.roles.change.cell-cleared";
                    }
                }
                case OFFER_ACCEPTED -> {
                    arguments.add(text(note.detail()));
                    arguments.add(name(note.extra()));
                }
                default -> arguments.add(text(note.detail()));
            }
            changes.add(new SpaceChange(logged.at(), AREA, logged.matrixName(), key, arguments, logged.userKey(),
                    logged.pageId()));
        }
        return changes;
    }

    private String name(String userKey) {
        return userKey == null ? "" : people.describe(userKey).displayName();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
