package org.socialplaybook.roles;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/**
 * What one change to a role matrix did, for its change log: the kind, and up to three texts (the role's or
 * activity's name, a person's key, letters) whose meaning depends on the kind; for a cell or a deputy also what it
 * was before ({@code previous}: the letters or the deputy's key, {@code ""} for none, null when not known, as in
 * rows logged before it was kept), so that a week's toggles can be collapsed to their net change.
 */
public record ChangeNote(Kind kind, String subject, String detail, String extra, String previous) {
    public enum Kind {
        MATRIX_CREATED, ROLE_ADDED, ROLE_RENAMED, ROLE_REMOVED, ROLES_REORDERED, ACTIVITY_ADDED, ACTIVITY_CHANGED,
        ACTIVITY_REMOVED, ACTIVITIES_REORDERED, CELL_CHANGED, PERSON_ADDED, PERSON_REMOVED, DEPUTY_CHANGED,
        OFFER_ACCEPTED, IMPORTED
    }

    public ChangeNote(Kind kind, String subject, String detail, String extra) {
        this(kind, subject, detail, extra, null);
    }

    /** The same note, remembering what the cell or deputy was before. */
    ChangeNote was(String previousValue) {
        return new ChangeNote(kind, subject, detail, extra, previousValue == null ? "" : previousValue);
    }

    static ChangeNote of(Kind kind) {
        return new ChangeNote(kind, null, null, null);
    }

    static ChangeNote of(Kind kind, String subject) {
        return new ChangeNote(kind, subject, null, null);
    }

    static ChangeNote of(Kind kind, String subject, String detail) {
        return new ChangeNote(kind, subject, detail, null);
    }

    /** A logged change, as read back: the matrix, the note, who and when. */
    public record Logged(int matrixId, String matrixName, long pageId, ChangeNote note, String userKey, @IsoText Instant at) {
    }
}
