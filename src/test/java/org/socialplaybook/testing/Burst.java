package org.socialplaybook.testing;

import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Many HTTP calls released at the same instant, one thread each, as a crowd of editors would send them; what each
 * answered and how long the slowest took. While the burst runs, {@code during} (if any) runs once on its own thread.
 */
public final class Burst {
    /** What the calls answered, in call order, and the slowest call's time. */
    public record Outcome(List<HttpResponse<String>> responses, long slowestMillis, long totalMillis) {
        public long count(int status) {
            return responses.stream().filter(r -> r.statusCode() == status).count();
        }

        /** Every answer is one of {@code allowed}, and the slowest came within {@code seconds}. */
        public void assertEachAnswered(int seconds, Integer... allowed) {
            List<Integer> ok = List.of(allowed);
            System.out.printf("[burst on %s] %d calls: %d x 200, %d x 409, slowest %d ms, all in %d ms%n", TestDatabase.KIND,
                    responses.size(), count(200), count(409), slowestMillis, totalMillis);
            for (HttpResponse<String> r : responses) {
                assertTrue("HTTP " + r.statusCode() + ": " + r.body(), ok.contains(r.statusCode()));
            }
            assertTrue("the slowest call took " + slowestMillis + " ms", slowestMillis < seconds * 1000L);
        }
    }

    private Burst() {
    }

    public static Outcome of(int calls, IntFunction<HttpResponse<String>> call) throws Exception {
        return of(calls, call, null);
    }

    public static Outcome of(int calls, IntFunction<HttpResponse<String>> call, Runnable during) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls + 1);
        try {
            CountDownLatch ready = new CountDownLatch(calls);
            CountDownLatch go = new CountDownLatch(1);
            long[] slowest = new long[calls];
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    try {
                        return call.apply(n);
                    } finally {
                        slowest[n] = (System.nanoTime() - start) / 1_000_000;
                    }
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            long start = System.nanoTime();
            go.countDown();
            Future<?> side = during == null ? null : threads.submit(during);
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                responses.add(f.get(120, TimeUnit.SECONDS));
            }
            if (side != null) {
                side.get(120, TimeUnit.SECONDS);
            }
            long total = (System.nanoTime() - start) / 1_000_000;
            long max = 0;
            for (long s : slowest) {
                max = Math.max(max, s);
            }
            return new Outcome(responses, max, total);
        } finally {
            threads.shutdownNow();
        }
    }
}
