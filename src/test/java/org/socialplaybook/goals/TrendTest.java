package org.socialplaybook.goals;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.ValueUpdate;

public class TrendTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 1);

    private static Objective objective(double baseline, double target) {
        return new Objective(7, 1, "Reply time", "minutes", baseline, target, null, null, START, DUE, null, null, 0);
    }

    private static ValueUpdate update(int week, double amount) {
        Instant at = START.plusWeeks(week).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return new ValueUpdate(week, 7, amount, null, "liam", at);
    }

    private static double[] point(String xy) {
        String[] parts = xy.split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
    }

    @Test
    public void everyUpdateIsADotInsideThePictureAndTheLineJoinsThemInTimeOrder() {
        Trend trend = Trend.of(objective(240, 60), List.of(update(1, 230), update(2, 200), update(3, 170)), Instant.now());

        assertEquals(3, trend.dots().size());
        String[] points = trend.line().split(" ");
        assertEquals(3, points.length);
        double previousX = -1;
        for (String p : points) {
            double[] xy = point(p);
            assertTrue(xy[0] > previousX);
            assertTrue(xy[0] >= 0 && xy[0] <= Trend.WIDTH && xy[1] >= 0 && xy[1] <= Trend.HEIGHT);
            previousX = xy[0];
        }
        assertTrue(trend.dots().get(2).last());
    }

    @Test
    public void aFallingValueTowardALowerTargetIsDrawnGoingDownAndThePlanRunsFromBaselineToTarget() {
        Trend trend = Trend.of(objective(240, 60), List.of(update(1, 230), update(5, 120)), Instant.now());

        double[] first = point(trend.line().split(" ")[0]);
        double[] last = point(trend.line().split(" ")[1]);
        assertTrue("lower values are drawn lower (larger y)", last[1] > first[1]);
        String[] plan = trend.plan().split(" ");
        assertEquals(4.0, point(plan[0])[0], 0.01);
        assertEquals(Trend.WIDTH - 4.0, point(plan[1])[0], 0.01);
        assertEquals(point(plan[1])[1], trend.targetY(), 0.01);
    }

    @Test
    public void withoutUpdatesOnlyThePlanIsDrawn() {
        Trend trend = Trend.of(objective(0, 2), List.of(), Instant.now());

        assertEquals("", trend.line());
        assertTrue(trend.dots().isEmpty());
        assertEquals(2, trend.plan().split(" ").length);
    }

    @Test
    public void onlyTheMostRecentUpdatesAreDrawn() {
        List<ValueUpdate> many = new ArrayList<>();
        for (int i = 0; i < Trend.MAX_POINTS + 15; i++) {
            many.add(update(i % 20, 100 + i));
        }

        Trend trend = Trend.of(objective(0, 500), many, Instant.now());

        assertEquals(Trend.MAX_POINTS, trend.dots().size());
        assertEquals(many.get(many.size() - 1), trend.dots().get(Trend.MAX_POINTS - 1).update());
    }
}
