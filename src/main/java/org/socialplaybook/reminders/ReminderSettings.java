package org.socialplaybook.reminders;

import java.time.Instant;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/**
 * A space's reminder settings, set by its administrators: on/off; the first reminder {@code afterDays} days after an
 * item's due day, then every {@code everyDays} days; {@code quietWeekends}: nothing goes out on Saturdays and
 * Sundays (the period's reminder goes out on Monday); {@code escalateAfterDays} days overdue the item escalates once;
 * who is reminded: the members of {@code groups}. {@code version}: optimistic lock (0 before the first save).
 */
public record ReminderSettings(String spaceKey, boolean enabled, int afterDays, int everyDays, boolean quietWeekends,
                               int escalateAfterDays, List<String> groups, int version, String updatedBy,
                               @IsoText Instant updatedAt) {
    public ReminderSettings {
        groups = List.copyOf(groups);
    }

    public static ReminderSettings defaults(String spaceKey) {
        return new ReminderSettings(spaceKey, false, 1, 7, true, 14, List.of("confluence-users"), 0, null, null);
    }
}
