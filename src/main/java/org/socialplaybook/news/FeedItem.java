package org.socialplaybook.news;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/** One item of a feed as read: its id (guid or Atom id, may be null), title, link, one-line summary, date. */
public record FeedItem(String id, String title, String link, String summary, @IsoText Instant published) {
}
