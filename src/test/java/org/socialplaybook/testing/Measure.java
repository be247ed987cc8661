package org.socialplaybook.testing;

import java.util.Arrays;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/** For benchmarks: one warm-up run, then the median milliseconds of {@code runs} runs and the statements of one. */
public final class Measure {
    private Measure() {
    }

    public interface Work {
        Object run() throws Exception;
    }

    /** {@code {median ms, statements of one run}}. */
    public static long[] medianAndStatements(EmbeddedActiveObjects ao, int runs, Work work) throws Exception {
        work.run();
        long[] times = new long[runs];
        long statements = 0;
        for (int i = 0; i < runs; i++) {
            ao.statements().reset();
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
            statements = ao.statements().count();
        }
        Arrays.sort(times);
        return new long[] {times[runs / 2], statements};
    }
}
