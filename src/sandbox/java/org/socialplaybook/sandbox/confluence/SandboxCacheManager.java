package org.socialplaybook.sandbox.confluence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.io.Serializable;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atlassian Cache for the sandbox: named caches with expire-after-write. Like a Data Center cluster with
 * replicate-via-copy, it refuses keys and values that are not Serializable, so such a bug shows here too.
 */
public final class SandboxCacheManager implements CacheManager {
    private final Map<String, SandboxCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final Clock clock;

    public SandboxCacheManager(Clock clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new SandboxCache<>(n, loader, settings, clock));
    }

    /** Empties every cache (tests). */
    public void flushAll() {
        caches.values().forEach(SandboxCache::removeAll);
    }

    static final class SandboxCache<K, V> implements Cache<K, V> {
        private record Entry<V>(V value, long written) {
        }

        private final String name;
        private final CacheLoader<K, V> loader;
        private final long expireMillis;
        private final int maxEntries;
        private final boolean mustSerialize;
        private final Clock clock;
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        SandboxCache(String name, CacheLoader<K, V> loader, CacheSettings settings, Clock clock) {
            this.name = name;
            this.loader = loader;
            this.expireMillis = settings.getExpireAfterWrite() == null ? Long.MAX_VALUE : settings.getExpireAfterWrite();
            this.maxEntries = settings.getMaxEntries() == null ? 10_000 : settings.getMaxEntries();
            this.mustSerialize = !Boolean.TRUE.equals(settings.getLocal());
            this.clock = clock;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public V get(K key) {
            Entry<V> entry = entries.get(key);
            if (entry != null && clock.millis() - entry.written() < expireMillis) {
                return entry.value();
            }
            entries.remove(key);
            if (loader == null) {
                return null;
            }
            V loaded = loader.load(key);
            put(key, loaded);
            return loaded;
        }

        @Override
        public void put(K key, V value) {
            if (mustSerialize && (!(key instanceof Serializable) || !(value instanceof Serializable))) {
                throw new IllegalArgumentException("Cache " + name + " is cluster-wide: keys and values must be Serializable");
            }
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, clock.millis()));
        }

        @Override
        public void remove(K key) {
            entries.remove(key);
        }

        @Override
        public void removeAll() {
            entries.clear();
        }
    }
}
