package com.atlassian.scheduler.config;

/** Stand-in: where a job runs in a cluster. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
