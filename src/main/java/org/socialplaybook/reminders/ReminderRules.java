package org.socialplaybook.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When an overdue item is due a reminder or an escalation, plain Java. Days count in UTC from the item's due day:
 * {@code afterDays} days overdue starts period 0, each {@code everyDays} days a new period; one reminder per person,
 * item and period, whatever the number of runs in it. {@code escalateAfterDays} days overdue the item escalates, once
 * (period {@link #ESCALATION}). A refresher that is due (a completion past its validity) is reminded from the day it
 * became due, overdue or not yet: period 0 starts that day, each {@code everyDays} days a new one; it escalates like
 * anything else, {@code escalateAfterDays} days after its own due day. On a quiet weekend nothing is due; a period
 * still open on Monday is reminded then.
 */
public final class ReminderRules {
    public static final String ESCALATION = "E";
    public static final int MAX_DAYS = 365;
    public static final int MAX_EVERY = 90;
    public static final int MAX_GROUPS = 20;

    private ReminderRules() {
    }

    /** A setting out of its limits: the field and the message key. */
    public record Refusal(String field, String key) {
    }

    /** Whole days from the due day to today (0 on the due day itself, negative before). */
    public static long daysOverdue(LocalDate due, LocalDate today) {
        return ChronoUnit.DAYS.between(due, today);
    }

    public static boolean quiet(ReminderSettings settings, LocalDate today) {
        DayOfWeek day = today.getDayOfWeek();
        return settings.quietWeekends() && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY);
    }

    /** The reminder period ("R0", "R1"…) an item due on {@code due} is in today, or empty when none is due. */
    public static Optional<String> reminderPeriod(ReminderSettings settings, LocalDate due, LocalDate today) {
        return period(settings, daysOverdue(due, today) - settings.afterDays(), today);
    }

    /**
     * The reminder period of a refresher that became due on {@code dueSince}: from that very day, without waiting
     * for it to be overdue; empty when none is due.
     */
    public static Optional<String> refresherPeriod(ReminderSettings settings, LocalDate dueSince, LocalDate today) {
        return period(settings, daysOverdue(dueSince, today), today);
    }

    /** Is an item waiting for reminders at all today: overdue, or a refresher that is due (overdue or not yet)? */
    public static boolean remindable(boolean overdue, LocalDate refresherDueSince, LocalDate today) {
        return overdue || refresherDueSince != null && !today.isBefore(refresherDueSince);
    }

    private static Optional<String> period(ReminderSettings settings, long daysInto, LocalDate today) {
        if (!settings.enabled() || quiet(settings, today) || daysInto < 0) {
            return Optional.empty();
        }
        return Optional.of("R" + daysInto / settings.everyDays());
    }

    /** Is the item due its (one) escalation today? */
    public static boolean escalates(ReminderSettings settings, LocalDate due, LocalDate today) {
        return settings.enabled() && !quiet(settings, today) && daysOverdue(due, today) >= settings.escalateAfterDays();
    }

    /** The key of a field that breaks the limits, with its message key; empty when the settings are valid. */
    public static Optional<Refusal> invalid(ReminderSettings s) {
        if (s.afterDays() < 0 || s.afterDays() > MAX_DAYS) {
            return Optional.of(new Refusal("afterDays", "social-playbook.reminders.error.after-days"));
        }
        if (s.everyDays() < 1 || s.everyDays() > MAX_EVERY) {
            return Optional.of(new Refusal("everyDays", "social-playbook.reminders.error.every-days"));
        }
        if (s.escalateAfterDays() <= s.afterDays() || s.escalateAfterDays() > MAX_DAYS) {
            return Optional.of(new Refusal("escalateAfterDays", "social-playbook.reminders.error.escalate-days"));
        }
        if (s.groups().isEmpty() || s.groups().size() > MAX_GROUPS) {
            return Optional.of(new Refusal("groups", "social-playbook.reminders.error.groups"));
        }
        return Optional.empty();
    }
}
