package com.atlassian.cache;

/** Stand-in: loads a value missing from a cache. */
public interface CacheLoader<K, V> {
    V load(K key);
}
