package com.atlassian.scheduler;

/** Stand-in: what the scheduler calls when a job is due. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
