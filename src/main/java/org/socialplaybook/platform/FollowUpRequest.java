package org.socialplaybook.platform;

import java.time.LocalDate;

/**
 * A follow-up another capability wants recorded. {@code boardKey} null means the space's default board
 * ({@code followups}); {@code sourceType} + {@code sourceId} (e.g. "training-checkin", "42") identify where it came
 * from, so it is never recorded twice. Owner and author are user keys; the author may be null (the plugin).
 */
public record FollowUpRequest(String spaceKey, String boardKey, String title, String description, String ownerKey,
                              @IsoText LocalDate due, String authorKey, String sourceType, String sourceId) {
}
