package org.socialplaybook.platform;

import java.io.Serializable;

/**
 * The optimistic-lock rule of every item whose changes carry the version the editor read (role matrix, goal set,
 * team card, training programme, follow-up, digest settings): versions count from {@link #FIRST} (the digest
 * settings from 0, "never saved") and go up by one per change. A version the item never had (below the first, above
 * the current) is bad input, 400; only a real version that is no longer current means someone else changed the
 * item meanwhile, 409.
 */
public final class EditVersions {
    public static final int FIRST = 1;
    static final String UNKNOWN = "social-playbook.error.version-unknown";

    private EditVersions() {
    }

    /** Why {@code expected} is refused when the item is at {@code current}: the 400 or the given 409. */
    public static PlaybookException refusal(int expected, int current, String conflictKey, Serializable... arguments) {
        return refusal(expected, FIRST, current, conflictKey, arguments);
    }

    /** The same for versions that count from {@code first}. */
    public static PlaybookException refusal(int expected, int first, int current, String conflictKey, Serializable... arguments) {
        if (expected < first || expected > current) {
            return PlaybookException.invalidField("version", UNKNOWN, expected);
        }
        return PlaybookException.conflict(conflictKey, arguments);
    }
}
