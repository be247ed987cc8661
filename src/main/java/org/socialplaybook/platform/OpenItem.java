package org.socialplaybook.platform;

import java.time.Instant;

/**
 * Something waiting for one reader in a space, as another capability reports it: a guideline to acknowledge, a
 * follow-up they own, training due. {@code kind} is a short stable name ({@code guideline}, {@code follow-up},
 * {@code training}); {@code title} is the item's own text; {@code due} may be null; {@code pageId} is the page to
 * open (0 when none). {@code ref} names the item inside its capability for acting on it where it is listed (a
 * guideline: {@code key@versionId}; a training module: {@code programmeId/moduleId}; null when there is no such
 * action). Providers only report items on pages the reader may view.
 */
public record OpenItem(String kind, String title, @IsoText Instant due, boolean overdue, long pageId, String ref) {
    public OpenItem(String kind, String title, Instant due, boolean overdue, long pageId) {
        this(kind, title, due, overdue, pageId, null);
    }
}
