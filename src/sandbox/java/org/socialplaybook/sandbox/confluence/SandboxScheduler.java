package org.socialplaybook.sandbox.confluence;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * atlassian-scheduler for the sandbox: one node, so RUN_ONCE_PER_CLUSTER and RUN_LOCALLY both run here, on one
 * background thread, at the interval the job asked for. {@link #runNow} lets tests run a job when they choose.
 */
public final class SandboxScheduler implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> futures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-scheduler");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void registerJobRunner(JobRunnerKey key, JobRunner runner) {
        runners.put(key, runner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey key) {
        runners.remove(key);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig config) {
        unscheduleJob(jobId);
        jobs.put(jobId, config);
        IntervalScheduleInfo info = config.getSchedule().getIntervalScheduleInfo();
        long first = info.getFirstRunTime() == null ? 0 : Math.max(0, info.getFirstRunTime().getTime() - System.currentTimeMillis());
        long interval = info.getIntervalInMillis();
        Runnable run = () -> run(jobId);
        futures.put(jobId, interval > 0
                ? executor.scheduleWithFixedDelay(run, first, interval, TimeUnit.MILLISECONDS)
                : executor.schedule(run, first, TimeUnit.MILLISECONDS));
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        ScheduledFuture<?> future = futures.remove(jobId);
        if (future != null) {
            future.cancel(false);
        }
        jobs.remove(jobId);
    }

    /** Runs a scheduled job now, on the caller's thread (tests). */
    public JobRunnerResponse runNow(JobId jobId) {
        return run(jobId);
    }

    private JobRunnerResponse run(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return null;
        }
        Date start = new Date();
        try {
            return runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return new Date(start.getTime());
                }

                @Override
                public JobId getJobId() {
                    return jobId;
                }

                @Override
                public JobConfig getJobConfig() {
                    return config;
                }

                @Override
                public boolean isCancellationRequested() {
                    return executor.isShutdown();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Scheduled job {} failed", jobId, e);
            return JobRunnerResponse.failed(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
