package org.socialplaybook.platform;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Values worked out once and kept in an Atlassian Cache, worked out by one request at a time per key: when an entry is
 * missing (it expired, or the space got a new version), the requests that ask for the same key meanwhile wait for the
 * first one's answer instead of all doing the same work at once. At 200 concurrent readers, forty of them asking for
 * one reader's page when its entry expired all rendered it together, every 30 seconds. Only the work in progress is
 * held here (what is kept is in the cache); if the first request's work fails, each waiting one does it itself.
 */
public final class KeptValues<V> {
    private final Cache<String, V> cache;
    private final ConcurrentHashMap<String, CompletableFuture<V>> inProgress = new ConcurrentHashMap<>();

    public KeptValues(Cache<String, V> cache) {
        this.cache = cache;
    }

    /**
     * Values kept on this node (a local Atlassian Cache named {@code PluginKeys.PLUGIN_KEY + ":" + name}) for at most
     * {@code ttlSeconds} after they were worked out, {@code maxEntries} at most.
     */
    public static <V> KeptValues<V> local(CacheManager cacheManager, String name, long ttlSeconds, int maxEntries) {
        return new KeptValues<>(cacheManager.getCache(PluginKeys.PLUGIN_KEY + ":" + name, null, new CacheSettingsBuilder()
                .local().expireAfterWrite(ttlSeconds, TimeUnit.SECONDS).maxEntries(maxEntries).build()));
    }

    /** The kept value for {@code key}, else {@code work}'s (then kept), worked out once for concurrent callers. */
    public V get(String key, Supplier<V> work) {
        V kept = cache.get(key);
        if (kept != null) {
            return kept;
        }
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> first = inProgress.putIfAbsent(key, mine);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException e) {
                return work.get();
            }
        }
        try {
            V value = work.get();
            cache.put(key, value);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inProgress.remove(key, mine);
        }
    }
}
