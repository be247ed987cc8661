package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.RoleActivities;
import org.socialplaybook.platform.RoleDirectory;
import org.socialplaybook.platform.TrainingProgrammes;
import org.socialplaybook.platform.TrainingProgrammes.ProgrammeSummary;

/**
 * What goals point at outside themselves, checked: roles and activities of the set's role matrix (asked of the role
 * matrix capability through {@link RoleDirectory} and {@link RoleActivities}), training programmes of the space
 * (asked of the training tracker through {@link TrainingProgrammes}, only those on pages the caller may view),
 * Confluence groups as teams, people. Unknown ones are a 400 with a translated message; the stored reference is the
 * owner's own spelling.
 */
@Named
public class GoalReferences {
    private final RoleDirectory roles;
    private final RoleActivities activities;
    private final TrainingProgrammes programmes;
    private final People people;
    private final PageAccess pageAccess;

    @Inject
    public GoalReferences(RoleDirectory roles, RoleActivities activities, TrainingProgrammes programmes, People people,
                          PageAccess pageAccess) {
        this.roles = roles;
        this.activities = activities;
        this.programmes = programmes;
        this.people = people;
        this.pageAccess = pageAccess;
    }

    /** The contributor's stored reference: the role as the matrix spells it, the group, or the user key. */
    public String contributor(GoalSet set, ContributorKind kind, String rawRef) {
        String ref = GoalRules.line("ref", rawRef, 255, true);
        return switch (kind) {
            case ROLE -> {
                String matrix = requireMatrix(set);
                yield roles.roles(set.spaceKey(), matrix).keySet().stream().filter(r -> GoalRules.sameName(r, ref)).findFirst()
                        .orElseThrow(() -> PlaybookException.invalidField("ref", "social-playbook.goals.error.unknown-role", ref, matrix));
            }
            case TEAM -> {
                if (ref.length() > GoalRules.MAX_REF || !people.groupExists(ref)) {
                    throw PlaybookException.invalidField("ref", "social-playbook.goals.error.unknown-team", shorten(ref));
                }
                yield ref;
            }
            case PERSON -> {
                if (!people.exists(ref)) {
                    throw PlaybookException.invalidField("ref", "social-playbook.goals.error.unknown-user");
                }
                yield ref;
            }
        };
    }

    /** The activity as the set's role matrix spells it, or null for none. */
    public String activity(GoalSet set, String raw) {
        String activity = GoalRules.line("activity", raw, 255, false);
        if (activity == null) {
            return null;
        }
        String matrix = requireMatrix(set);
        return activities.activities(set.spaceKey(), matrix).stream().filter(a -> GoalRules.sameName(a, activity)).findFirst()
                .orElseThrow(() -> PlaybookException.invalidField("activity", "social-playbook.goals.error.unknown-activity",
                        shorten(activity), matrix));
    }

    /** The training programme's key as its macro gives it, or null for none (400 for one the caller cannot find). */
    public String training(GoalSet set, String raw) {
        String key = GoalRules.line("training", raw, GoalRules.MAX_REF, false);
        if (key == null) {
            return null;
        }
        return programmes.find(set.spaceKey(), key).filter(p -> pageAccess.canView(p.pageId())).map(ProgrammeSummary::key)
                .orElseThrow(() -> PlaybookException.invalidField("training", "social-playbook.goals.error.unknown-training",
                        shorten(key)));
    }

    /**
     * The space's training programmes on pages the caller may view, by key in lower case (each objective's link),
     * with completion figures only for the programmes {@code linked} names (the objectives' links; the others are only
     * choices in the editor's dialog, which shows no figure).
     */
    public Map<String, ProgrammeSummary> programmes(GoalSet set, java.util.Set<String> linked) {
        return visible(programmes.list(set.spaceKey(), linked));
    }

    private Map<String, ProgrammeSummary> visible(List<ProgrammeSummary> all) {
        Map<String, ProgrammeSummary> visible = new LinkedHashMap<>();
        for (ProgrammeSummary p : all) {
            if (pageAccess.canView(p.pageId())) {
                visible.put(p.key().toLowerCase(Locale.ROOT), p);
            }
        }
        return visible;
    }

    /** The role matrix the set names, which must exist in the space (400 otherwise). */
    public String requireMatrix(GoalSet set) {
        if (set.matrixName() == null) {
            throw PlaybookException.invalidField("ref", "social-playbook.goals.error.no-matrix");
        }
        if (!roles.matrixExists(set.spaceKey(), set.matrixName())) {
            throw PlaybookException.invalidField("ref", "social-playbook.goals.error.unknown-matrix", set.matrixName());
        }
        return set.matrixName();
    }

    public boolean matrixExists(GoalSet set) {
        return set.matrixName() != null && roles.matrixExists(set.spaceKey(), set.matrixName());
    }

    /** The roles of the set's matrix (with the keys of their holders), empty when it names none or an unknown one. */
    public java.util.Map<String, java.util.Set<String>> matrixRoles(GoalSet set) {
        return set.matrixName() == null ? java.util.Map.of() : roles.roles(set.spaceKey(), set.matrixName());
    }

    public List<String> matrixActivities(GoalSet set) {
        return set.matrixName() == null ? List.of() : activities.activities(set.spaceKey(), set.matrixName());
    }

    public boolean isInTeam(String userKey, String group) {
        return userKey != null && people.isInGroup(userKey, group);
    }

    public String displayName(String userKey) {
        return Optional.ofNullable(userKey).map(k -> people.describe(k).displayName()).orElse("?");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
