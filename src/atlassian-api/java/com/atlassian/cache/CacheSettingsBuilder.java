package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/** Stand-in: builds {@link CacheSettings} (only the members the plugin uses). */
public class CacheSettingsBuilder {
    private Long expireAfterWrite;
    private Boolean local;
    private Integer maxEntries;
    private Boolean replicateViaCopy;

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        Long expire = expireAfterWrite;
        Boolean isLocal = local;
        Integer max = maxEntries;
        Boolean viaCopy = replicateViaCopy;
        return new CacheSettings() {
            @Override
            public Long getExpireAfterWrite() {
                return expire;
            }

            @Override
            public Boolean getLocal() {
                return isLocal;
            }

            @Override
            public Integer getMaxEntries() {
                return max;
            }

            @Override
            public Boolean getReplicateViaCopy() {
                return viaCopy;
            }
        };
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be greater than zero, passed: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder local() {
        this.local = true;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        this.replicateViaCopy = false;
        return this;
    }

    public CacheSettingsBuilder remote() {
        this.local = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        this.replicateViaCopy = true;
        return this;
    }
}
