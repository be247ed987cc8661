package com.atlassian.scheduler.config;

import java.io.Serializable;

/** Stand-in: the id of one scheduled job. */
public final class JobId implements Serializable, Comparable<JobId> {
    private static final long serialVersionUID = 1L;
    private final String key;

    private JobId(String key) {
        this.key = java.util.Objects.requireNonNull(key, "key");
    }

    public static JobId of(String key) {
        return new JobId(key);
    }

    @Override
    public int compareTo(JobId other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
