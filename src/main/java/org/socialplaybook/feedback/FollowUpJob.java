package org.socialplaybook.feedback;

import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.SpaceVersions;

/**
 * The scheduled job (atlassian-scheduler, once per cluster, every {@value #INTERVAL_MS} ms): delivers due
 * follow-ups to Jira (the outbox with its backoff), then refreshes the statuses of open linked follow-ups.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class FollowUpJob implements JobRunner, LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJob.class);
    static final JobRunnerKey KEY = JobRunnerKey.of("org.socialplaybook.social-playbook:follow-up-jira");
    static final JobId JOB_ID = JobId.of("org.socialplaybook.social-playbook:follow-up-jira-job");
    static final long INTERVAL_MS = 60_000;
    static final int BATCH = 100;

    private final SchedulerService scheduler;
    private final FollowUpDelivery delivery;
    private final JiraStatusSync sync;
    private final SpaceVersions versions;

    @Inject
    public FollowUpJob(@ComponentImport SchedulerService scheduler, FollowUpDelivery delivery, JiraStatusSync sync,
                       SpaceVersions versions) {
        this.scheduler = scheduler;
        this.delivery = delivery;
        this.sync = sync;
        this.versions = versions;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(INTERVAL_MS, new Date(System.currentTimeMillis() + INTERVAL_MS))));
        } catch (SchedulerServiceException e) {
            LOG.error("The follow-up job could not be scheduled; follow-ups waiting for Jira will be retried on demand only", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            List<FollowUpDelivery.Outcome> outcomes = delivery.deliverDue(BATCH);
            int requests = sync.syncOpenLinked(50);
            long linked = outcomes.stream().filter(FollowUpDelivery.Outcome::linked).count();
            if (!outcomes.isEmpty() || requests > 0) {
                versions.changedAnywhere(); // follow-ups delivered or their Jira states read: the feedback step moved
            }
            return JobRunnerResponse.success(outcomes.size() + " delivery attempts, " + linked + " in Jira, "
                    + requests + " status requests");
        } catch (RuntimeException e) {
            LOG.warn("Follow-up job run failed; the next run tries again", e);
            return JobRunnerResponse.failed(e);
        }
    }
}
