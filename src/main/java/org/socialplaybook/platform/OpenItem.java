package org.socialplaybook.platform;

import java.time.Instant;

/**
 * Something waiting for one reader in a space, as another capability reports it: a guideline to acknowledge, a
 * follow-up they own, training due. {@code kind} is a short stable name ({@code guideline}, {@code follow-up},
 * {@code training}); {@code title} is the item's own text; {@code titleText}, when the plugin wrote that title, is
 * the same as keys and arguments (null otherwise); {@code due} may be null; {@code pageId} is the page to open (0
 * when none). {@code ref} names the item inside its capability for acting on it where it is listed (a guideline:
 * {@code key@versionId}; a training module: {@code programmeId/moduleId}; null when there is no such action).
 * {@code refresherDueSince} is set on a training module whose completion has expired: the day its refresher became
 * due ({@code due} is then the day the refresher becomes overdue); null for everything else.
 * Providers only report items on pages the reader may view.
 */
public record OpenItem(String kind, String title, @IsoText Instant due, boolean overdue, long pageId, String ref,
                       GeneratedText titleText, @IsoText Instant refresherDueSince) {
    /** Any item but a refresher. */
    public OpenItem(String kind, String title, Instant due, boolean overdue, long pageId, String ref,
                    GeneratedText titleText) {
        this(kind, title, due, overdue, pageId, ref, titleText, null);
    }

    /** An item whose title is its own words (a guideline's, a module's). */
    public OpenItem(String kind, String title, Instant due, boolean overdue, long pageId) {
        this(kind, title, due, overdue, pageId, null, null, null);
    }

    /** An item whose title is its own words, with the reference to act on it. */
    public OpenItem(String kind, String title, Instant due, boolean overdue, long pageId, String ref) {
        this(kind, title, due, overdue, pageId, ref, null, null);
    }

    /** An item whose title the plugin wrote, as keys and arguments. */
    public OpenItem(String kind, String title, Instant due, boolean overdue, long pageId, GeneratedText titleText) {
        this(kind, title, due, overdue, pageId, null, titleText, null);
    }

    /** Is this a refresher that is due (a completion past its validity), overdue or not yet? */
    public boolean refresher() {
        return refresherDueSince != null;
    }

    /** The title in the language of {@code text} (the stored words when the plugin did not write it). */
    public String titleIn(Text text) {
        return titleText == null ? title : titleText.render(text);
    }
}
