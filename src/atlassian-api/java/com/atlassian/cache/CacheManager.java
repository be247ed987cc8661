package com.atlassian.cache;

/** Stand-in: the product's cache manager (cluster-aware in Data Center). */
public interface CacheManager extends CacheFactory {
}
