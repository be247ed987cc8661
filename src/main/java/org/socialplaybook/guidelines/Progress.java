package org.socialplaybook.guidelines;

import java.util.Collection;
import java.util.Set;

/**
 * How far a guideline's audience is: who acknowledged the current version, who is pending, and whether the pending
 * are overdue (the due date is the guideline's, the same for everyone). For an open guideline (no audience) only
 * the acknowledgements are known: {@code audience} is 0 and there is no percentage.
 */
public record Progress(int audience, int acknowledged, int pending, int overdue, boolean open) {
    public static Progress of(Guideline guideline, Set<String> members, Collection<String> coveredUsers,
                              java.time.Instant now) {
        if (guideline.audience().isOpen()) {
            int acknowledged = (int) coveredUsers.stream().distinct().count();
            return new Progress(0, acknowledged, 0, 0, true);
        }
        int acknowledged = (int) coveredUsers.stream().distinct().filter(members::contains).count();
        int pending = members.size() - acknowledged;
        boolean late = guideline.due() != null && now.isAfter(guideline.due());
        return new Progress(members.size(), acknowledged, pending, late ? pending : 0, false);
    }

    /**
     * From counts: {@code acknowledged} audience members hold a covering acknowledgement (never more than the
     * audience). For an open guideline {@code audience} is ignored.
     */
    public static Progress counted(Guideline guideline, int audience, int acknowledged, java.time.Instant now) {
        if (guideline.audience().isOpen()) {
            return new Progress(0, acknowledged, 0, 0, true);
        }
        int covered = Math.min(acknowledged, audience);
        int pending = audience - covered;
        boolean late = guideline.due() != null && now.isAfter(guideline.due());
        return new Progress(audience, covered, pending, late ? pending : 0, false);
    }

    /** Acknowledged share of the audience, 0..100; -1 for an open guideline or an empty audience. */
    public int percent() {
        return open || audience == 0 ? -1 : (int) Math.floor(100.0 * acknowledged / audience);
    }
}
