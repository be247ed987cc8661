package org.socialplaybook.platform;

import java.time.LocalDate;

/**
 * A follow-up another capability wants recorded. {@code boardKey} null means the space's default board
 * ({@code followups}); {@code sourceType} + {@code sourceId} (e.g. "training-checkin", "42") identify where it came
 * from, so it is never recorded twice. Owner and author are user keys; the author may be null (the plugin).
 * {@code titleText} and {@code descriptionText}, when given, are the same texts as keys and arguments: readers then
 * read them in their own language, and {@code title} / {@code description} (the author's wording) stay the fallback.
 */
public record FollowUpRequest(String spaceKey, String boardKey, String title, String description, String ownerKey,
                              @IsoText LocalDate due, String authorKey, String sourceType, String sourceId,
                              GeneratedText titleText, GeneratedText descriptionText) {
    /** A follow-up whose texts are only what they say (no keys: read in the words given). */
    public FollowUpRequest(String spaceKey, String boardKey, String title, String description, String ownerKey,
                           LocalDate due, String authorKey, String sourceType, String sourceId) {
        this(spaceKey, boardKey, title, description, ownerKey, due, authorKey, sourceType, sourceId, null, null);
    }
}
