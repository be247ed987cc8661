package org.socialplaybook.guidelines;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** The policies (every change / version change), "changed since you acknowledged", due dates and overdue. */
public class ReaderStatusTest {
    static final Instant SINCE = Instant.parse("2026-10-01T09:00:00Z");

    static Guideline guideline(ReackPolicy policy, String fingerprint, String label, Integer dueDays) {
        return new Guideline(1, "SOCIAL", "privacy", 1201, "Privacy", GuidelineCategory.PRIVACY, GuidelineLevel.MUST,
                true, dueDays, policy, new Audience(Set.of(), Set.of("social-team")), Set.of(), 7, fingerprint, label,
                3, 3, SINCE, 1);
    }

    static Acknowledgement ack(int id, String fingerprint, String label, String when) {
        return new Acknowledgement(id, 1, id * 10, "liam", fingerprint, label, id, Instant.parse(when));
    }

    @Test
    public void nobodyWhoNeverAcknowledgedIsAcknowledged() {
        ReaderStatus status = ReaderStatus.of(guideline(ReackPolicy.EVERY_CHANGE, "f3", "", null), List.of(), SINCE);

        assertEquals(ReaderStatus.State.NOT_ACKNOWLEDGED, status.state());
        assertTrue(status.pending());
        assertFalse(status.overdue());
    }

    @Test
    public void underEveryChangeATypoFixAsksAgain() {
        Guideline afterTypoFix = guideline(ReackPolicy.EVERY_CHANGE, "f2-typo-fixed", "1.0", null);
        Acknowledgement accepted = ack(1, "f1", "1.0", "2026-10-02T10:00:00Z");

        ReaderStatus status = ReaderStatus.of(afterTypoFix, List.of(accepted), SINCE);

        assertEquals(ReaderStatus.State.CHANGED, status.state());
        assertSame(accepted, status.latest());
        assertNull(status.covering());
    }

    @Test
    public void underVersionChangeATypoFixDoesNotAskAgainButANewVersionDoes() {
        Acknowledgement accepted = ack(1, "f1", "1.0", "2026-10-02T10:00:00Z");

        ReaderStatus typoFixed = ReaderStatus.of(guideline(ReackPolicy.VERSION_CHANGE, "f2", "1.0", null), List.of(accepted), SINCE);
        ReaderStatus newVersion = ReaderStatus.of(guideline(ReackPolicy.VERSION_CHANGE, "f2", "2.0", null), List.of(accepted), SINCE);

        assertEquals(ReaderStatus.State.ACKNOWLEDGED, typoFixed.state());
        assertSame(accepted, typoFixed.covering());
        assertEquals(ReaderStatus.State.CHANGED, newVersion.state());
    }

    @Test
    public void aReacknowledgementCoversTheCurrentVersionAndTheHistoryStays() {
        Acknowledgement first = ack(1, "f1", "", "2026-10-02T10:00:00Z");
        Acknowledgement again = ack(2, "f3", "", "2026-10-09T10:00:00Z");

        ReaderStatus status = ReaderStatus.of(guideline(ReackPolicy.EVERY_CHANGE, "f3", "", null), List.of(again, first), SINCE);

        assertEquals(ReaderStatus.State.ACKNOWLEDGED, status.state());
        assertSame(again, status.covering());
        assertSame(again, status.latest());
    }

    @Test
    public void pendingPeopleArePastDueOnlyAfterTheDueDays() {
        Guideline dueInSevenDays = guideline(ReackPolicy.EVERY_CHANGE, "f3", "", 7);

        ReaderStatus onTheLastDay = ReaderStatus.of(dueInSevenDays, List.of(), SINCE.plusSeconds(7 * 86400));
        ReaderStatus aMinuteLater = ReaderStatus.of(dueInSevenDays, List.of(), SINCE.plusSeconds(7 * 86400 + 60));

        assertEquals(SINCE.plusSeconds(7 * 86400), onTheLastDay.due());
        assertFalse(onTheLastDay.overdue());
        assertTrue(aMinuteLater.overdue());
    }

    @Test
    public void someoneWhoAcknowledgedIsNeverOverdue() {
        Guideline due = guideline(ReackPolicy.EVERY_CHANGE, "f3", "", 1);

        ReaderStatus status = ReaderStatus.of(due, List.of(ack(1, "f3", "", "2026-12-01T00:00:00Z")), Instant.parse("2027-01-01T00:00:00Z"));

        assertFalse(status.overdue());
    }

    @Test
    public void aChangedGuidelinePastItsDueDateIsOverdueForThoseWhoAcceptedTheOldText() {
        ReaderStatus status = ReaderStatus.of(guideline(ReackPolicy.EVERY_CHANGE, "f3", "", 7),
                List.of(ack(1, "f1", "", "2026-09-01T00:00:00Z")), SINCE.plusSeconds(30 * 86400));

        assertEquals(ReaderStatus.State.CHANGED, status.state());
        assertTrue(status.overdue());
    }
}
