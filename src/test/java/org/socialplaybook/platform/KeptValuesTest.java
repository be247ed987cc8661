package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import com.atlassian.cache.CacheSettingsBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.socialplaybook.sandbox.confluence.SandboxCacheManager;

/** A missing value is worked out by the first caller; the others asking for it meanwhile get that one's answer. */
public class KeptValuesTest {
    private final KeptValues<String> kept = new KeptValues<>(new SandboxCacheManager(Clock.systemUTC()).getCache(
            "test:kept", null, new CacheSettingsBuilder().local().expireAfterWrite(30, TimeUnit.SECONDS).build()));

    @Test
    public void twentyCallersAtOnceCostOneWorkingOut() throws Exception {
        AtomicInteger worked = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            Future<String> first = pool.submit(() -> kept.get("page|nora", () -> {
                worked.incrementAndGet();
                started.countDown();
                await(release);
                return "<p>rendered</p>";
            }));
            started.await(5, TimeUnit.SECONDS);
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 19; i++) {
                others.add(pool.submit(() -> kept.get("page|nora", () -> {
                    worked.incrementAndGet();
                    return "<p>again</p>";
                })));
            }
            Thread.sleep(200); // the others are waiting for the first
            release.countDown();
            assertEquals("<p>rendered</p>", first.get(5, TimeUnit.SECONDS));
            for (Future<String> other : others) {
                assertEquals("<p>rendered</p>", other.get(5, TimeUnit.SECONDS));
            }
            assertEquals(1, worked.get());
            assertEquals("kept afterwards", "<p>rendered</p>", kept.get("page|nora", () -> "<p>third</p>"));
            assertEquals("another key is its own", "<p>liam</p>", kept.get("page|liam", () -> "<p>liam</p>"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void aFailedWorkingOutIsNotKeptAndTheNextCallerWorksItOut() {
        assertThrows(IllegalStateException.class, () -> kept.get("page|nora", () -> {
            throw new IllegalStateException("database busy");
        }));
        assertEquals("<p>now</p>", kept.get("page|nora", () -> "<p>now</p>"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
