package org.socialplaybook.news;

import java.time.Instant;

/** One week's digest of a space: claimed by one run, then published (with the blog post's id). */
public record DigestIssue(int id, String spaceKey, String weekLabel, State state, Instant claimedAt,
                          Instant publishedAt, Long contentId, String title, int headlines, int changes, int readers,
                          int mails) {
    public enum State { CLAIMED, PUBLISHED }
}
