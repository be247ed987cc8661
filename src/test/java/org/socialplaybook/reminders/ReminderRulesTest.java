package org.socialplaybook.reminders;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ReminderRulesTest {
    private static final LocalDate DUE = LocalDate.of(2026, 11, 2); // a Monday

    private static ReminderSettings settings(int after, int every, boolean quiet, int escalate) {
        return new ReminderSettings("S", true, after, every, quiet, escalate, List.of("g"), 1, null, null);
    }

    @Test
    public void theFirstReminderComesAfterTheGivenDaysOverdueThenOnePeriodEveryNDays() {
        ReminderSettings s = settings(2, 3, false, 30);

        assertEquals(Optional.empty(), ReminderRules.reminderPeriod(s, DUE, DUE.plusDays(1)));
        assertEquals(Optional.of("R0"), ReminderRules.reminderPeriod(s, DUE, DUE.plusDays(2)));
        assertEquals(Optional.of("R0"), ReminderRules.reminderPeriod(s, DUE, DUE.plusDays(4)));
        assertEquals(Optional.of("R1"), ReminderRules.reminderPeriod(s, DUE, DUE.plusDays(5)));
        assertEquals(Optional.of("R2"), ReminderRules.reminderPeriod(s, DUE, DUE.plusDays(8)));
    }

    @Test
    public void aRefresherIsRemindedFromTheDayItBecomesDueAndKeepsItsPeriodsOnceOverdue() {
        ReminderSettings s = settings(2, 7, false, 30);
        LocalDate expired = DUE.minusDays(30); // the completion expired; its refresher is overdue after DUE

        assertFalse("still valid the day before", ReminderRules.remindable(false, expired, expired.minusDays(1)));
        assertTrue("due, not overdue", ReminderRules.remindable(false, expired, expired));
        assertEquals("the day it becomes due, whatever the days overdue", Optional.of("R0"),
                ReminderRules.refresherPeriod(s, expired, expired));
        assertEquals(Optional.of("R0"), ReminderRules.refresherPeriod(s, expired, expired.plusDays(6)));
        assertEquals(Optional.of("R1"), ReminderRules.refresherPeriod(s, expired, expired.plusDays(7)));
        assertEquals("overdue now: the same periods, no extra reminder", Optional.of("R4"),
                ReminderRules.refresherPeriod(s, expired, DUE.plusDays(1)));
        assertFalse("it escalates from its own due day", ReminderRules.escalates(s, DUE, DUE.plusDays(29)));
        assertTrue(ReminderRules.escalates(s, DUE, DUE.plusDays(30)));
        assertFalse("nothing else is remindable before it is overdue", ReminderRules.remindable(false, null, DUE));
    }

    @Test
    public void aQuietWeekendSendsNothingAndMondayStillRemindsThePeriod() {
        ReminderSettings quiet = settings(5, 7, true, 30);
        LocalDate saturday = DUE.plusDays(5);

        assertEquals(Optional.empty(), ReminderRules.reminderPeriod(quiet, DUE, saturday));
        assertFalse(ReminderRules.escalates(settings(1, 7, true, 5), DUE, saturday));
        assertEquals(Optional.of("R0"), ReminderRules.reminderPeriod(quiet, DUE, saturday.plusDays(2)));
        assertEquals("not quiet: Saturday reminds", Optional.of("R0"),
                ReminderRules.reminderPeriod(settings(5, 7, false, 30), DUE, saturday));
    }

    @Test
    public void anItemEscalatesFromTheSecondThresholdOn() {
        ReminderSettings s = settings(1, 7, false, 10);

        assertFalse(ReminderRules.escalates(s, DUE, DUE.plusDays(9)));
        assertTrue(ReminderRules.escalates(s, DUE, DUE.plusDays(10)));
        assertTrue(ReminderRules.escalates(s, DUE, DUE.plusDays(40)));
    }

    @Test
    public void remindersOffSendNothing() {
        ReminderSettings off = new ReminderSettings("S", false, 0, 1, false, 1, List.of("g"), 1, null, null);

        assertEquals(Optional.empty(), ReminderRules.reminderPeriod(off, DUE, DUE.plusDays(3)));
        assertFalse(ReminderRules.escalates(off, DUE, DUE.plusDays(3)));
    }

    @Test
    public void settingsOutOfTheirLimitsAreRefusedWithTheFieldAndKey() {
        assertEquals("afterDays", ReminderRules.invalid(settings(-1, 7, true, 14)).orElseThrow().field());
        assertEquals("everyDays", ReminderRules.invalid(settings(1, 0, true, 14)).orElseThrow().field());
        assertEquals("everyDays", ReminderRules.invalid(settings(1, 91, true, 14)).orElseThrow().field());
        assertEquals("the escalation after the first reminder", "escalateAfterDays",
                ReminderRules.invalid(settings(7, 7, true, 7)).orElseThrow().field());
        assertEquals("groups", ReminderRules.invalid(new ReminderSettings("S", true, 1, 7, true, 14, List.of(), 1, null, null))
                .orElseThrow().field());
        assertEquals(Optional.empty(), ReminderRules.invalid(settings(0, 1, false, 1)));
    }
}
