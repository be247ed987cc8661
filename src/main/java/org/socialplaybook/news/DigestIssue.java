package org.socialplaybook.news;

import java.time.Instant;
import org.socialplaybook.platform.IsoText;

/** One week's digest of a space: claimed by one run, then published (with the blog post's id). */
public record DigestIssue(int id, String spaceKey, String weekLabel, State state, @IsoText Instant claimedAt,
                          @IsoText Instant publishedAt, Long contentId, String title, int headlines, int changes, int readers,
                          int mails) {
    public enum State { CLAIMED, PUBLISHED }
}
