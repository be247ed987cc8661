package org.socialplaybook.sandbox.confluence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Atlassian Cache for the sandbox: named caches with expire-after-write. A cache that is not {@code local()} is
 * cluster-wide in Data Center (Hazelcast): its keys and values travel between nodes by Java serialisation. So here
 * every put into such a cache serialises key and value for real and keeps the copy another node would get: a
 * value that is not Serializable all the way down (a field of a type that is not) is refused with the
 * {@link NotSerializableException} as the cause, as Confluence's cache would fail, and a later change to the
 * object put in does not show through.
 *
 * <p>On a cluster (nodes on one database) a removal from such a cache, or emptying it, reaches the other nodes as in
 * Data Center: through {@link Cluster} (the sandbox sends it through the shared database), applied there within a
 * fraction of a second. Values are not copied between nodes: each node loads its own, as after an invalidation.
 */
public final class SandboxCacheManager implements CacheManager {
    /** Where this node's removals from cluster-wide caches go: the cache's name, the key or null for all. */
    @FunctionalInterface
    public interface Cluster {
        void removed(String cache, String key);
    }

    private final Map<String, SandboxCache<?, ?>> caches = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Cluster cluster;

    public SandboxCacheManager(Clock clock) {
        this(clock, null);
    }

    public SandboxCacheManager(Clock clock, Cluster cluster) {
        this.clock = clock;
        this.cluster = cluster;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings) {
        return (Cache<K, V>) caches.computeIfAbsent(name, n -> new SandboxCache<>(n, loader, settings, clock, cluster));
    }

    /**
     * Another node removed {@code key} (null: everything) from its copy of cluster-wide cache {@code name}: so does
     * this one. A key that is not a string (the cluster carries strings) empties the cache.
     */
    public void removedElsewhere(String name, String key) {
        SandboxCache<?, ?> cache = caches.get(name);
        if (cache != null) {
            cache.removeHere(key);
        }
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
        private final Cluster cluster;
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        SandboxCache(String name, CacheLoader<K, V> loader, CacheSettings settings, Clock clock, Cluster cluster) {
            this.name = name;
            this.loader = loader;
            this.expireMillis = settings.getExpireAfterWrite() == null ? Long.MAX_VALUE : settings.getExpireAfterWrite();
            this.maxEntries = settings.getMaxEntries() == null ? 10_000 : settings.getMaxEntries();
            this.mustSerialize = !Boolean.TRUE.equals(settings.getLocal());
            this.clock = clock;
            this.cluster = mustSerialize ? cluster : null;
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
            V stored = value;
            if (mustSerialize) {
                replicated(key);
                stored = replicated(value);
            }
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(stored, clock.millis()));
        }

        /** What another node would receive: the object written and read back with Java serialisation. */
        @SuppressWarnings("unchecked")
        private <T> T replicated(T object) {
            if (!(object instanceof Serializable)) {
                throw refused(object, null);
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(object);
                }
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                    return (T) in.readObject();
                }
            } catch (IOException | ClassNotFoundException e) {
                throw refused(object, e);
            }
        }

        private IllegalArgumentException refused(Object object, Exception cause) {
            return new IllegalArgumentException("Cache " + name + " is cluster-wide: keys and values must be Serializable, "
                    + "and " + (object == null ? "null" : object.getClass().getName()) + " is not"
                    + (cause == null ? "" : " (" + cause + ")"), cause);
        }

        @Override
        public void remove(K key) {
            entries.remove(key);
            if (cluster != null) {
                cluster.removed(name, key instanceof String s ? s : null);
            }
        }

        @Override
        public void removeAll() {
            entries.clear();
            if (cluster != null) {
                cluster.removed(name, null);
            }
        }

        void removeHere(String key) {
            if (key == null) {
                entries.clear();
            } else {
                entries.keySet().removeIf(k -> k.equals(key));
            }
        }
    }
}
