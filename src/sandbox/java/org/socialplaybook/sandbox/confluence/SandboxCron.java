package org.socialplaybook.sandbox.confluence;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The next fire time of a Quartz-style cron expression, for the sandbox's scheduler. Only the forms the plugin's
 * jobs use: {@code "sec min hour ? * DAYS"} or {@code "sec min hour * * ?"}, where sec, min and hour are numbers and
 * DAYS is {@code *}, {@code ?} or a comma list of MON..SUN. Anything else is refused at scheduling time.
 */
public final class SandboxCron {
    private final int second;
    private final int minute;
    private final int hour;
    private final Set<DayOfWeek> days;

    private SandboxCron(int second, int minute, int hour, Set<DayOfWeek> days) {
        this.second = second;
        this.minute = minute;
        this.hour = hour;
        this.days = days;
    }

    public static SandboxCron parse(String expression) {
        String[] f = expression.trim().split("\\s+");
        if (f.length < 6 || !(f[3].equals("?") || f[3].equals("*")) || !f[4].equals("*")) {
            throw new IllegalArgumentException("The sandbox scheduler does not support the cron expression " + expression);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (f[5].equals("?") || f[5].equals("*")) {
            days = EnumSet.allOf(DayOfWeek.class);
        } else {
            for (String day : f[5].split(",")) {
                days.add(day(day));
            }
        }
        return new SandboxCron(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), days);
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(name.toUpperCase(Locale.ROOT)) && name.length() == 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown day " + name);
    }

    /** The first fire time strictly after {@code after}, in {@code zone}. */
    public ZonedDateTime next(ZonedDateTime after, ZoneId zone) {
        ZonedDateTime local = after.withZoneSameInstant(zone);
        ZonedDateTime candidate = local.truncatedTo(ChronoUnit.DAYS).withHour(hour).withMinute(minute).withSecond(second);
        for (int i = 0; i < 15; i++) {
            if (candidate.isAfter(local) && days.contains(candidate.getDayOfWeek())) {
                return candidate;
            }
            candidate = candidate.plusDays(1).withHour(hour).withMinute(minute).withSecond(second);
        }
        throw new IllegalStateException("No fire time found");
    }
}
