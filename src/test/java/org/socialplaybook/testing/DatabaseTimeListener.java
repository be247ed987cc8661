package org.socialplaybook.testing;

import org.junit.runner.Description;
import org.junit.runner.Result;
import org.junit.runner.notification.RunListener;

/** Prints how long this test run took on its database (pom.xml runs the suite once per database). */
public class DatabaseTimeListener extends RunListener {
    private long started;

    @Override
    public void testRunStarted(Description description) {
        started = System.nanoTime();
    }

    @Override
    public void testRunFinished(Result result) {
        System.out.printf("[database %s] %d tests, %d failed, %d skipped in %.1f s%n", TestDatabase.KIND,
                result.getRunCount(), result.getFailureCount(), result.getIgnoreCount() + result.getAssumptionFailureCount(),
                (System.nanoTime() - started) / 1e9);
    }
}
