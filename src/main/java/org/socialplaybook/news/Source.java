package org.socialplaybook.news;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/** A curated source: a feed the plugin reads, or a manual source whose headlines people add. */
public record Source(int id, String spaceKey, String name, String url, Kind kind, String addedBy, @IsoText Instant addedAt,
                     @IsoText Instant fetchedAt, String lastError, Integer lastCount) {
    public enum Kind { FEED, MANUAL }
}
