package com.atlassian.cache;

/** Stand-in: creates (or returns) a named cache. Only the loader + settings form is declared. */
public interface CacheFactory {
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings settings);
}
