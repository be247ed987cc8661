package org.socialplaybook.news;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/** A headline: title, link, one-line summary, tag; who added it (null: read from a feed) and when it counts. */
public record Headline(int id, String spaceKey, Integer sourceId, String title, String url, String summary, String tag,
                       String addedBy, @IsoText Instant addedAt, @IsoText Instant publishedAt) {
}
