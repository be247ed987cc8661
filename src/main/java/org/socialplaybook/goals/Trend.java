package org.socialplaybook.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.ValueUpdate;

/**
 * The geometry of an objective's small trend picture, plain numbers for an inline SVG: the recorded values over the
 * objective's period (x: time from start to due, or to the last update when later; y: value between the lowest and
 * highest of baseline, target and values), the plan line from baseline at the start to target on the due date, and a
 * dot per update. Only numbers leave this class, so the template can draw it without trusting any text.
 */
public record Trend(int width, int height, String line, String plan, List<Dot> dots, double targetY) {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 40;
    /** The most recent updates drawn; older ones stay in the history list. */
    public static final int MAX_POINTS = 60;
    private static final double PAD = 4;

    /** One update as drawn: its position and the update itself (the view adds who and when as the dot's title). */
    public record Dot(String x, String y, ValueUpdate update, boolean last) {
    }

    /** The trend of {@code updates} (oldest first, this objective's only); empty updates draw just the plan. */
    public static Trend of(Objective o, List<ValueUpdate> updates, Instant now) {
        List<ValueUpdate> shown = updates.size() > MAX_POINTS ? updates.subList(updates.size() - MAX_POINTS, updates.size()) : updates;
        double t0 = millis(o.start());
        double t1 = millis(o.due());
        double lo = Math.min(o.baseline(), o.target());
        double hi = Math.max(o.baseline(), o.target());
        for (ValueUpdate u : shown) {
            t0 = Math.min(t0, u.recordedAt().toEpochMilli());
            t1 = Math.max(t1, u.recordedAt().toEpochMilli());
            lo = Math.min(lo, u.amount());
            hi = Math.max(hi, u.amount());
        }
        if (t1 <= t0) {
            t1 = t0 + 1;
        }
        if (hi <= lo) {
            hi = lo + 1;
        }
        Scale s = new Scale(t0, t1, lo, hi);
        StringBuilder line = new StringBuilder();
        List<Dot> dots = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            ValueUpdate u = shown.get(i);
            String x = s.x(u.recordedAt().toEpochMilli());
            String y = s.y(u.amount());
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(x).append(',').append(y);
            dots.add(new Dot(x, y, u, i == shown.size() - 1));
        }
        String plan = s.x(millis(o.start())) + "," + s.y(o.baseline()) + " " + s.x(millis(o.due())) + "," + s.y(o.target());
        return new Trend(WIDTH, HEIGHT, line.toString(), plan, List.copyOf(dots), Double.parseDouble(s.y(o.target())));
    }

    private static double millis(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private record Scale(double t0, double t1, double lo, double hi) {
        String x(double t) {
            return fmt(PAD + (t - t0) / (t1 - t0) * (WIDTH - 2 * PAD));
        }

        String y(double v) {
            return fmt(HEIGHT - PAD - (v - lo) / (hi - lo) * (HEIGHT - 2 * PAD));
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
