package org.socialplaybook.news;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** Sources, headlines and digests on the real ORM (in-memory HSQLDB): uniqueness is what makes runs idempotent. */
public class NewsStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-16T06:00:00Z");

    private EmbeddedActiveObjects ao;
    private NewsStore store;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(NewsSourceEntity.class, HeadlineEntity.class, DigestSettingsEntity.class, DigestIssueEntity.class,
                DigestMailEntity.class);
        store = new NewsStore(ao);
    }

    @Test
    public void theFirstClaimOfAWeekWinsAndASecondRunOfTheSameWeekGetsNothing() {
        Optional<DigestIssue> first = store.claim("SOCIAL", "2026-W47", "Digest", NOW, NOW.minus(Duration.ofHours(1)));
        Optional<DigestIssue> second = store.claim("SOCIAL", "2026-W47", "Digest", NOW, NOW.minus(Duration.ofHours(1)));

        assertTrue(first.isPresent());
        assertFalse(second.isPresent());
        assertTrue("another space's same week is its own", store.claim("OTHER", "2026-W47", "Digest", NOW,
                NOW.minus(Duration.ofHours(1))).isPresent());
    }

    @Test
    public void aClaimThatWasNeverPublishedIsTakenOverOnlyOnceItIsStale() {
        DigestIssue first = store.claim("SOCIAL", "2026-W47", "Digest", NOW, NOW.minus(Duration.ofHours(1))).orElseThrow();

        Optional<DigestIssue> tooEarly = store.claim("SOCIAL", "2026-W47", "Digest", NOW.plus(Duration.ofMinutes(30)),
                NOW.minus(Duration.ofMinutes(30)));
        Optional<DigestIssue> later = store.claim("SOCIAL", "2026-W47", "Digest", NOW.plus(Duration.ofHours(2)),
                NOW.plus(Duration.ofHours(1)));

        assertFalse(tooEarly.isPresent());
        assertEquals(first.id(), later.orElseThrow().id());
        store.markPublished(first.id(), 3, 1, 4, 4, NOW.plus(Duration.ofHours(2)));
        assertFalse("a published week is never claimed again", store.claim("SOCIAL", "2026-W47", "Digest",
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1))).isPresent());
    }

    @Test
    public void aFeedReadTwiceAddsEachItemOnce() {
        List<FeedItem> items = List.of(new FeedItem("g-1", "One", "https://a.example/1", null, NOW.minus(Duration.ofDays(1))),
                new FeedItem(null, "Two", "https://a.example/2", "s", null),
                new FeedItem("g-1", "One again in the same answer", "https://a.example/1", null, null));

        int first = store.addFeedItems("SOCIAL", 7, items, NOW);
        int second = store.addFeedItems("SOCIAL", 7, items, NOW.plus(Duration.ofHours(1)));

        assertEquals(2, first);
        assertEquals(0, second);
        assertEquals(2, store.headlines("SOCIAL", null, 10).size());
        assertEquals("another source may carry the same item", 2, store.addFeedItems("SOCIAL", 8, items, NOW));
    }

    @Test
    public void aReadersMailOfADigestIsClaimedOnce() {
        DigestIssue issue = store.claim("SOCIAL", "2026-W47", "Digest", NOW, NOW).orElseThrow();

        assertTrue(store.claimMail(issue.id(), "user-1", NOW));
        assertFalse(store.claimMail(issue.id(), "user-1", NOW));
        assertEquals(java.util.Set.of("user-1"), store.mailedReaders(issue.id()));
    }

    @Test
    public void settingsSavedFromAnOldVersionAreRefusedWithAConflict() {
        DigestSettings wanted = new DigestSettings("SOCIAL", true, java.time.ZoneId.of("Europe/Madrid"), true,
                List.of("u1"), List.of("social-team"), List.of("news.example.com"), 0, null, null);
        DigestSettings saved = store.saveSettings(wanted, 0, "admin", NOW);

        try {
            store.saveSettings(wanted, 0, "other-admin", NOW);
            org.junit.Assert.fail();
        } catch (org.socialplaybook.platform.PlaybookException e) {
            assertEquals(org.socialplaybook.platform.PlaybookException.Kind.CONFLICT, e.kind());
        }
        assertEquals(1, saved.version());
        assertEquals("admin", store.settings("SOCIAL").orElseThrow().updatedBy());
        assertEquals(List.of("SOCIAL"), store.enabledSettings().stream().map(DigestSettings::spaceKey).toList());
    }

    @Test
    public void headlinesOfAWeekAreFoundByTheirDateInOneQuery() {
        store.addHeadline("SOCIAL", null, "Before", "https://a.example/b", null, null, "u", NOW.minus(Duration.ofDays(8)));
        store.addHeadline("SOCIAL", null, "Inside", "https://a.example/i", null, "crisis", "u", NOW.minus(Duration.ofDays(2)));
        store.addHeadline("OTHER", null, "Elsewhere", "https://a.example/o", null, null, "u", NOW.minus(Duration.ofDays(2)));
        ao.statements().reset();

        List<Headline> week = store.headlinesBetween("SOCIAL", NOW.minus(Duration.ofDays(7)), NOW);

        assertEquals(List.of("Inside"), week.stream().map(Headline::title).toList());
        assertEquals(1, ao.statements().count());
    }
}
