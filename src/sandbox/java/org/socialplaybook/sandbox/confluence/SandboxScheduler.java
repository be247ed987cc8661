package org.socialplaybook.sandbox.confluence;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.sandbox.cluster.JobClaims;

/**
 * atlassian-scheduler for the sandbox, one per node, on one background thread, at the interval (or cron times) the
 * job asked for. {@link RunMode#RUN_LOCALLY} jobs run on every node. {@link RunMode#RUN_ONCE_PER_CLUSTER} jobs run
 * on exactly one node per scheduled time, as in Confluence Data Center: each node's timer fires, and the node whose
 * claim of that scheduled time succeeds in the shared database ({@link JobClaims}) runs it; the others skip it. The
 * running node renews its lease every third of {@link #lease()}; a node that dies mid-run leaves a lease that
 * expires, and the next scheduled time runs elsewhere. Interval jobs' scheduled times are the first run time plus
 * whole intervals (from the moment it was scheduled without one); each node schedules the job when it starts, so their times differ, and a claim within half an
 * interval of the last one is refused: one run per interval across the cluster.
 * {@link #runNow} lets tests run a job when they choose (still once per cluster while a run is in progress).
 */
public final class SandboxScheduler implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxScheduler.class);
    /** How long a claimed run stays locked without its node renewing it. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(1);

    private final String nodeId;
    private final JobClaims claims;
    private volatile Duration lease = DEFAULT_LEASE;
    /** Set when the node is killed (tests): from then on it neither renews nor finishes anything. */
    private volatile boolean halted;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final Map<JobId, ScheduledFuture<?>> futures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-scheduler-lease");
        t.setDaemon(true);
        return t;
    });

    /** {@code claims}: the shared database's job claims; {@code nodeId}: this node's name in them. */
    public SandboxScheduler(String nodeId, JobClaims claims) {
        this.nodeId = nodeId;
        this.claims = claims;
    }

    public String nodeId() {
        return nodeId;
    }

    public Duration lease() {
        return lease;
    }

    /** A shorter lease (tests of a node dying mid-run). */
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    /** The job's claim in the shared database (tests). */
    public Optional<JobClaims.Claim> claim(JobId jobId) {
        return claims.claim(jobId.toString());
    }

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
        long now = System.currentTimeMillis();
        long base = info.getFirstRunTime() == null ? now : info.getFirstRunTime().getTime();
        long interval = info.getIntervalInMillis();
        if (interval <= 0) {
            futures.put(jobId, executor.schedule(() -> run(jobId, config, base), Math.max(0, base - now), TimeUnit.MILLISECONDS));
            return;
        }
        long first = now <= base ? base : base + ((now - base) / interval + 1) * interval;
        futures.put(jobId, executor.scheduleAtFixedRate(() -> {
            long t = System.currentTimeMillis();
            long slot = base + Math.round((double) (t - base) / interval) * interval;
            run(jobId, config, slot);
        }, first - now, interval, TimeUnit.MILLISECONDS));
    }

    /** A cron job: one run at the next fire time, and after each run the next one. */
    private void scheduleCron(JobId jobId, JobConfig config) {
        com.atlassian.scheduler.config.CronScheduleInfo cron = config.getSchedule().getCronScheduleInfo();
        java.time.ZoneId zone = cron.getTimeZone() == null ? java.time.ZoneId.systemDefault() : cron.getTimeZone().toZoneId();
        java.time.ZonedDateTime next = SandboxCron.parse(cron.getCronExpression()).next(java.time.ZonedDateTime.now(), zone);
        long at = next.toInstant().toEpochMilli();
        long delay = Math.max(0, at - System.currentTimeMillis());
        futures.put(jobId, executor.schedule(() -> {
            run(jobId, config, at);
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

    /**
     * Runs a scheduled job now, on the caller's thread (tests). A once-per-cluster job runs unless a run of it is in
     * progress on some node under a live lease; then nothing runs and the answer is null.
     */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        if (config == null || runners.get(config.getJobRunnerKey()) == null) {
            return null;
        }
        if (config.getRunMode() == RunMode.RUN_LOCALLY) {
            return execute(jobId, config);
        }
        Optional<Long> slot = claims.claimNow(jobId.toString(), nodeId, System.currentTimeMillis(), lease.toMillis());
        return slot.map(s -> runClaimed(jobId, config, s)).orElse(null);
    }

    /** A timer fired for the run scheduled at {@code slot}. */
    private void run(JobId jobId, JobConfig config, long slot) {
        if (halted || runners.get(config.getJobRunnerKey()) == null) {
            return;
        }
        if (config.getRunMode() == RunMode.RUN_LOCALLY) {
            execute(jobId, config);
            return;
        }
        boolean mine;
        try {
            mine = claims.claim(jobId.toString(), slot, minGap(config), nodeId, System.currentTimeMillis(), lease.toMillis());
        } catch (RuntimeException e) {
            LOG.warn("Scheduled job {} not claimed (database unreachable?): {}", jobId, e.getMessage());
            return;
        }
        if (mine) {
            runClaimed(jobId, config, slot);
        } else {
            LOG.debug("Scheduled job {} at {} runs on another node", jobId, slot);
        }
    }

    /** Half an interval for interval jobs (nodes' timers differ by when each scheduled it); 1 ms for cron times. */
    private static long minGap(JobConfig config) {
        if (config.getSchedule().getType() == com.atlassian.scheduler.config.Schedule.Type.CRON_EXPRESSION) {
            return 1;
        }
        return Math.max(1, config.getSchedule().getIntervalScheduleInfo().getIntervalInMillis() / 2);
    }

    private JobRunnerResponse runClaimed(JobId jobId, JobConfig config, long slot) {
        long every = Math.max(1, lease.toMillis() / 3);
        String id = jobId.toString();
        ScheduledFuture<?> renewal = leases.scheduleAtFixedRate(() -> {
            if (!halted) {
                try {
                    claims.renew(id, slot, nodeId, System.currentTimeMillis(), lease.toMillis());
                } catch (RuntimeException e) {
                    LOG.warn("Lease of job {} not renewed: {}", jobId, e.getMessage());
                }
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            return execute(jobId, config);
        } finally {
            renewal.cancel(false);
            if (!halted) {
                claims.finish(id, slot, nodeId);
            }
        }
    }

    private JobRunnerResponse execute(JobId jobId, JobConfig config) {
        JobRunner runner = runners.get(config.getJobRunnerKey());
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

    /**
     * Stops the node as if its process were killed (tests): no further runs, no lease renewed, no claim finished;
     * what it held is left behind in the database until its lease expires.
     */
    public void halt() {
        halted = true;
        executor.shutdownNow();
        leases.shutdownNow();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        leases.shutdownNow();
    }
}
