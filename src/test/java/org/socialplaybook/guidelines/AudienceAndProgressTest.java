package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Audience evaluation (groups asked now), the progress of an audience, and the reading guard's estimate. */
public class AudienceAndProgressTest {
    /** A user directory whose groups can change between two questions. */
    static final class Groups implements Audience.Groups {
        final Map<String, Set<String>> members = new HashMap<>();

        Groups with(String group, String... users) {
            members.computeIfAbsent(group, g -> new HashSet<>()).addAll(List.of(users));
            return this;
        }

        @Override
        public boolean isMember(String userKey, String group) {
            return members.getOrDefault(group, Set.of()).contains(userKey);
        }

        @Override
        public Set<String> members(String group) {
            return members.getOrDefault(group, Set.of());
        }
    }

    private static final Audience TEAM_AND_MARCO = new Audience(Set.of("marco"), Set.of("social-team"));

    @Test
    public void namedPeopleAndGroupMembersAreInTheAudience() {
        Groups groups = new Groups().with("social-team", "liam", "nora");

        assertTrue(TEAM_AND_MARCO.contains("marco", groups));
        assertTrue(TEAM_AND_MARCO.contains("nora", groups));
        assertFalse(TEAM_AND_MARCO.contains("victor", groups));
        assertEquals(Set.of("marco", "liam", "nora"), TEAM_AND_MARCO.members(groups));
    }

    @Test
    public void someoneWhoJoinsTheGroupLaterIsInTheAudienceAndPending() {
        Groups groups = new Groups().with("social-team", "liam");
        Guideline guideline = ReaderStatusTest.guideline(ReackPolicy.EVERY_CHANGE, "f", "", null);
        List<String> acknowledged = List.of("liam");
        Progress before = Progress.of(guideline, guideline.audience().members(groups), acknowledged, Instant.now());

        groups.with("social-team", "paula");
        Progress after = Progress.of(guideline, guideline.audience().members(groups), acknowledged, Instant.now());

        assertEquals(new Progress(1, 1, 0, 0, false), before);
        assertEquals(new Progress(2, 1, 1, 0, false), after);
        assertEquals(50, after.percent());
        assertTrue(guideline.audience().contains("paula", groups));
    }

    @Test
    public void acknowledgementsFromOutsideTheAudienceDoNotCount() {
        Guideline guideline = ReaderStatusTest.guideline(ReackPolicy.EVERY_CHANGE, "f", "", null);

        Progress progress = Progress.of(guideline, Set.of("liam", "nora", "sofia"), List.of("liam", "victor", "liam"), Instant.now());

        assertEquals(new Progress(3, 1, 2, 0, false), progress);
        assertEquals(33, progress.percent());
    }

    @Test
    public void pendingPeopleOfAGuidelinePastItsDueDateAreAllOverdue() {
        Guideline dueInSeven = ReaderStatusTest.guideline(ReackPolicy.EVERY_CHANGE, "f", "", 7);

        Progress progress = Progress.of(dueInSeven, Set.of("liam", "nora", "sofia"), List.of("sofia"),
                ReaderStatusTest.SINCE.plusSeconds(8 * 86400));

        assertEquals(2, progress.overdue());
    }

    @Test
    public void anOpenGuidelineCountsAcknowledgementsWithoutAPercentage() {
        Guideline open = new Guideline(1, "S", "k", 1, "t", GuidelineCategory.GENERAL, GuidelineLevel.TIP, true, null,
                ReackPolicy.EVERY_CHANGE, Audience.open(), Set.of(), 1, "f", "", 1, 1, Instant.now(), 1);

        Progress progress = Progress.of(open, Set.of(), List.of("a", "b", "a"), Instant.now());

        assertTrue(open.audience().contains("anyone", new Groups()));
        assertEquals(2, progress.acknowledged());
        assertEquals(-1, progress.percent());
    }

    @Test
    public void countedProgressNeverExceedsTheAudience() {
        Guideline dueInSeven = ReaderStatusTest.guideline(ReackPolicy.EVERY_CHANGE, "f", "", 7);

        Progress progress = Progress.counted(dueInSeven, 4, 6, ReaderStatusTest.SINCE);
        Progress late = Progress.counted(dueInSeven, 4, 1, ReaderStatusTest.SINCE.plusSeconds(8 * 86400));

        assertEquals(new Progress(4, 4, 0, 0, false), progress);
        assertEquals(100, progress.percent());
        assertEquals(new Progress(4, 1, 3, 3, false), late);
    }

    @Test
    public void readingTimeIsTwoHundredWordsAMinuteWithinBounds() {
        assertEquals(ReadingTime.MIN_SECONDS, ReadingTime.seconds(3));
        assertEquals(30, ReadingTime.seconds(100));
        assertEquals(60, ReadingTime.seconds(200));
        assertEquals(ReadingTime.MAX_SECONDS, ReadingTime.seconds(5000));
    }
}
