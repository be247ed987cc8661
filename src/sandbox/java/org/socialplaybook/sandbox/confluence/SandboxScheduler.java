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
        if (config.getSchedule().getType() == com.atlassian.scheduler.config.Schedule.Type.CRON_EXPRESSION) {
            scheduleCron(jobId, config);
            return;
        }
        IntervalScheduleInfo info = config.getSchedule().getIntervalScheduleInfo();
        long first = info.getFirstRunTime() == null ? 0 : Math.max(0, info.getFirstRunTime().getTime() - System.currentTimeMillis());
        long interval = info.getIntervalInMillis();
        Runnable run = () -> run(jobId);
        futures.put(jobId, interval > 0
                ? executor.scheduleWithFixedDelay(run, first, interval, TimeUnit.MILLISECONDS)
                : executor.schedule(run, first, TimeUnit.MILLISECONDS));
    }

    /** A cron job: one run at the next fire time, and after each run the next one. */
    private void scheduleCron(JobId jobId, JobConfig config) {
        com.atlassian.scheduler.config.CronScheduleInfo cron = config.getSchedule().getCronScheduleInfo();
        java.time.ZoneId zone = cron.getTimeZone() == null ? java.time.ZoneId.systemDefault() : cron.getTimeZone().toZoneId();
        java.time.ZonedDateTime next = SandboxCron.parse(cron.getCronExpression()).next(java.time.ZonedDateTime.now(), zone);
        long delay = Math.max(0, next.toInstant().toEpochMilli() - System.currentTimeMillis());
        futures.put(jobId, executor.schedule(() -> {
            run(jobId);
            if (jobs.get(jobId) == config) {
                scheduleCron(jobId, config);
            }
        }, delay, TimeUnit.MILLISECONDS));
    }

    /** When a scheduled job runs next, or null when it is not scheduled (tests). */
    public Date nextRunTime(JobId jobId) {
        ScheduledFuture<?> future = futures.get(jobId);
        return future == null ? null : new Date(System.currentTimeMillis() + future.getDelay(TimeUnit.MILLISECONDS));
    }

    /** The job's configuration, or null when it is not scheduled (tests). */
    public JobConfig jobConfig(JobId jobId) {
        return jobs.get(jobId);
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
