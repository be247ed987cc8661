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
        ao = EmbeddedActiveObjects.inMemory("org.socialplaybook.social-playbook");
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
}
