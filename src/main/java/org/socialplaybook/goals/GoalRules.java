package org.socialplaybook.goals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.Status;
import org.socialplaybook.platform.PlaybookException;

/**
 * The goals' rules, plain Java: how far an objective has come (from its baseline toward its target, in either
 * direction), how it stands against the time that has passed, what a goal's status is, and what valid input is.
 *
 * <p>Status: not measured until a current value exists; achieved once the target is reached; off track once the due
 * date has passed without it; otherwise compared with the share of the period that has passed ("expected"): on track
 * within {@value #ON_TRACK_SLACK} of it, at risk within {@value #AT_RISK_SLACK}, off track beyond.
 */
public final class GoalRules {
    public static final int MAX_TITLE = 150;
    public static final int MAX_DESCRIPTION = 400;
    public static final int MAX_UNIT = 30;
    public static final int MAX_HOW = 300;
    public static final int MAX_NOTE = 200;
    public static final int MAX_REF = 100;
    public static final int MAX_NAME = 100;
    public static final int MAX_GOALS = 50;
    public static final int MAX_OBJECTIVES = 300;
    public static final int MAX_CONTRIBUTIONS = 30;
    public static final double MAX_MAGNITUDE = 1e12;
    /** Progress may trail the time that has passed by this share and still be on track. */
    public static final double ON_TRACK_SLACK = 0.10;
    /** ... and by this share and be at risk; beyond it, off track. */
    public static final double AT_RISK_SLACK = 0.25;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private GoalRules() {
    }

    // --- progress and status ---

    /** How far the current value has come from the baseline toward the target (1 = reached; may be below 0 or above 1). */
    public static double progress(double baseline, double target, double current) {
        return (current - baseline) / (target - baseline);
    }

    /** The share of the period from {@code start} to {@code due} that has passed on {@code today}, 0 to 1. */
    public static double elapsed(LocalDate start, LocalDate due, LocalDate today) {
        long total = ChronoUnit.DAYS.between(start, due);
        if (total <= 0) {
            return today.isBefore(due) ? 0 : 1;
        }
        return clamp(ChronoUnit.DAYS.between(start, today) / (double) total);
    }

    public static Status status(Objective o, LocalDate today) {
        if (o.current() == null) {
            return Status.NOT_MEASURED;
        }
        double progress = progress(o.baseline(), o.target(), o.current());
        if (progress >= 1) {
            return Status.ACHIEVED;
        }
        if (today.isAfter(o.due())) {
            return Status.OFF_TRACK;
        }
        double expected = elapsed(o.start(), o.due(), today);
        if (progress >= expected - ON_TRACK_SLACK) {
            return Status.ON_TRACK;
        }
        return progress >= expected - AT_RISK_SLACK ? Status.AT_RISK : Status.OFF_TRACK;
    }

    /**
     * A goal's status from its objectives': the worst of the measured ones (off track, then at risk, then on track);
     * achieved when every measured one is; not measured when none is.
     */
    public static Status goalStatus(Collection<Status> objectives) {
        boolean any = false;
        boolean allAchieved = true;
        Status worst = Status.ON_TRACK;
        for (Status s : objectives) {
            if (s == Status.NOT_MEASURED) {
                continue;
            }
            any = true;
            if (s != Status.ACHIEVED) {
                allAchieved = false;
                if (severity(s) > severity(worst)) {
                    worst = s;
                }
            }
        }
        if (!any) {
            return Status.NOT_MEASURED;
        }
        return allAchieved ? Status.ACHIEVED : worst;
    }

    private static int severity(Status s) {
        return switch (s) {
            case OFF_TRACK -> 3;
            case AT_RISK -> 2;
            case ON_TRACK -> 1;
            default -> 0;
        };
    }

    /** Progress shown as a bar: 0 to 100. */
    public static int percent(double progress) {
        return (int) Math.round(100 * clamp(progress));
    }

    public static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    // --- input ---

    /** One line of text: trimmed, runs of white space as one space, control characters dropped; null when empty. */
    public static String line(String field, String raw, int max, boolean required) {
        String text = raw == null ? "" : SPACES.matcher(CONTROL.matcher(raw.replace('\t', ' ').replace('\n', ' ')
                .replace('\r', ' ')).replaceAll("")).replaceAll(" ").trim();
        if (required && text.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.goals.error.required");
        }
        if (text.length() > max) {
            throw PlaybookException.invalidField(field, "social-playbook.goals.error.too-long", max);
        }
        return text.isEmpty() ? null : text;
    }

    public static double number(String field, Double value) {
        if (value == null) {
            throw PlaybookException.invalidField(field, "social-playbook.goals.error.number-required");
        }
        if (value.isNaN() || value.isInfinite() || Math.abs(value) > MAX_MAGNITUDE) {
            throw PlaybookException.invalidField(field, "social-playbook.goals.error.number-range");
        }
        return value;
    }

    /** An ISO date (2025-06-30); null when blank and not required. */
    public static LocalDate date(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw PlaybookException.invalidField(field, "social-playbook.goals.error.date-required");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.trim());
            if (date.getYear() < 2000 || date.getYear() > 2200) {
                throw PlaybookException.invalidField(field, "social-playbook.goals.error.date-invalid");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw PlaybookException.invalidField(field, "social-playbook.goals.error.date-invalid");
        }
    }

    /** The objective's figures must describe a change over a period: a target other than the baseline, due after start. */
    public static void checkObjective(double baseline, double target, LocalDate start, LocalDate due) {
        if (baseline == target) {
            throw PlaybookException.invalidField("target", "social-playbook.goals.error.target-equals-baseline");
        }
        if (start != null && !due.isAfter(start)) {
            throw PlaybookException.invalidField("due", "social-playbook.goals.error.due-before-start");
        }
    }

    public static Goals.ContributorKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            throw PlaybookException.invalidField("kind", "social-playbook.goals.error.kind");
        }
        try {
            return Goals.ContributorKind.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlaybookException.invalidField("kind", "social-playbook.goals.error.kind");
        }
    }

    /** How names are found in a space: ignoring case and surrounding or repeated spaces. */
    public static String setKey(String spaceKey, String name) {
        return spaceKey + ":" + line("name", name, Integer.MAX_VALUE, false).toLowerCase(Locale.ROOT);
    }

    /** Role names compare ignoring case and spacing (as the role matrix compares them). */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && SPACES.matcher(a.trim()).replaceAll(" ").equalsIgnoreCase(SPACES.matcher(b.trim()).replaceAll(" "));
    }
}
