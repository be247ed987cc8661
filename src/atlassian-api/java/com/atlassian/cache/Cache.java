package com.atlassian.cache;

/** Stand-in: a named cache. In a cluster, keys and values must be Serializable. */
public interface Cache<K, V> {
    String getName();

    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}
