package com.atlassian.scheduler.config;

import java.util.TimeZone;

/** Stand-in: the cron expression of a cron schedule and the time zone it is read in (null: the server's). */
public final class CronScheduleInfo {
    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = java.util.Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    public TimeZone getTimeZone() {
        return timeZone;
    }
}
