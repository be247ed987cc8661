package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.Test;
import org.socialplaybook.platform.SpaceChange;

/** A guideline's week in the digest is one part: new (with the version it has now) or revised (how often, and now). */
public class GuidelineChangesTest {
    private static GuidelineVersion version(int revision, String label) {
        return new GuidelineVersion(revision, 7, revision, "f" + revision, label, Instant.parse("2026-11-30T09:00:00Z")
                .plusSeconds(revision), revision, 10, "text " + revision);
    }

    @Test
    public void aGuidelineFirstSeenThisWeekIsNewWithTheVersionItHasNowWhateverCameInBetween() {
        assertEquals(new SpaceChange.Part("social-playbook.guidelines.summary.new", List.of("2.0")),
                GuidelineChanges.part(List.of(version(1, "1.0"), version(2, "2.0"))));
    }

    @Test
    public void threeRevisionsInAWeekAreOneLineThatCountsThem() {
        assertEquals(new SpaceChange.Part("social-playbook.guidelines.summary.revised", List.of(3, "5")),
                GuidelineChanges.part(List.of(version(3, "3"), version(4, ""), version(5, ""))));
    }
}
