package org.socialplaybook.roles;

import java.util.List;

/**
 * One thing wrong with a matrix: its kind, what it is about (activities, roles, a person) and the cells to highlight.
 * {@code count} is the number the message needs (how many A's, how many times, how many activities).
 */
public record Problem(Kind kind, List<Integer> activityIds, List<Integer> roleIds, String userKey, int count,
                      List<CellRef> cells) {

    /** The rules, in the order the problems list shows them; each has an i18n key part. */
    public enum Kind {
        NO_ACCOUNTABLE("no-accountable"),
        MANY_ACCOUNTABLE("many-accountable"),
        NO_RESPONSIBLE("no-responsible"),
        DUPLICATE_ACTIVITY("duplicate-activity"),
        ROLE_UNUSED("role-unused"),
        ROLE_WITHOUT_PEOPLE("role-without-people"),
        PERSON_OVERLOADED("person-overloaded"),
        RESPONSIBLE_COLLISION("responsible-collision");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The i18n part and the CSS/JSON name: {@code social-playbook.roles.problem.<id>}. */
        public String id() {
            return id;
        }

        /** Whether the problem is about activities (a row); the others are about roles or people. */
        public boolean aboutActivities() {
            return ordinal() <= DUPLICATE_ACTIVITY.ordinal();
        }
    }

    public record CellRef(int roleId, int activityId) {
    }

    public Problem {
        activityIds = List.copyOf(activityIds);
        roleIds = List.copyOf(roleIds);
        cells = List.copyOf(cells);
    }
}
