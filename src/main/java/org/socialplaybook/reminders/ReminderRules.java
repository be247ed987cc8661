package org.socialplaybook.reminders;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When an overdue item is due a reminder or an escalation, plain Java. Days count in UTC from the item's due day:
 * {@code afterDays} days overdue starts period 0, each {@code everyDays} days a new period; one reminder per person,
 * item and period, whatever the number of runs in it. {@code escalateAfterDays} days overdue the item escalates, once
 * (period {@link #ESCALATION}). On a quiet weekend nothing is due; a period still open on Monday is reminded then.
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
        if (!settings.enabled() || quiet(settings, today)) {
            return Optional.empty();
        }
        long past = daysOverdue(due, today) - settings.afterDays();
        if (past < 0) {
            return Optional.empty();
        }
        return Optional.of("R" + past / settings.everyDays());
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
