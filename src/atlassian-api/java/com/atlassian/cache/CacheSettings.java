package com.atlassian.cache;

/** Stand-in: how a cache behaves (getters return null for "not set"). */
public interface CacheSettings {
    Long getExpireAfterWrite();

    Boolean getLocal();

    Integer getMaxEntries();

    Boolean getReplicateViaCopy();
}
