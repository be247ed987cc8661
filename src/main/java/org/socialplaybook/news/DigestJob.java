package org.socialplaybook.news;

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
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.SpaceVersions;

/**
 * The Monday digest's schedule: one atlassian-scheduler job per space whose digest is on, run once per cluster by
 * the cron {@value NewsRules#CRON} ("every Monday at 07:00") read in the space's time zone. Saving the settings
 * schedules or unschedules the space's job; at start-up every enabled space is scheduled again (idempotent).
 */
@Named
@ExportAsService(LifecycleAware.class)
public class DigestJob implements JobRunner, LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    static final JobRunnerKey KEY = JobRunnerKey.of("org.socialplaybook.social-playbook:news-digest");
    static final String JOB_PREFIX = "org.socialplaybook.social-playbook:news-digest:";

    private final SchedulerService scheduler;
    private final DigestPublisher publisher;
    private final NewsStore store;
    private final SpaceVersions versions;

    @Inject
    public DigestJob(@ComponentImport SchedulerService scheduler, DigestPublisher publisher, NewsStore store,
                     SpaceVersions versions) {
        this.scheduler = scheduler;
        this.publisher = publisher;
        this.store = store;
        this.versions = versions;
    }

    public static JobId jobId(String spaceKey) {
        return JobId.of(JOB_PREFIX + spaceKey);
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(KEY, this);
        for (DigestSettings settings : store.enabledSettings()) {
            scheduleFor(settings);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(KEY);
    }

    /** The space is gone: its Monday job is too. */
    public void unschedule(String spaceKey) {
        scheduler.unscheduleJob(jobId(spaceKey));
    }

    /** On: (re)schedule the space's Monday job in its time zone. Off: unschedule it. */
    public void scheduleFor(DigestSettings settings) {
        JobId id = jobId(settings.spaceKey());
        if (!settings.enabled()) {
            scheduler.unscheduleJob(id);
            return;
        }
        try {
            scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(NewsRules.CRON, TimeZone.getTimeZone(settings.zone()))));
        } catch (SchedulerServiceException e) {
            LOG.error("The Monday digest of space {} could not be scheduled", settings.spaceKey(), e);
        }
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        String id = request.getJobId().toString();
        if (!id.startsWith(JOB_PREFIX)) {
            return JobRunnerResponse.failed("Not a digest job: " + id);
        }
        String spaceKey = id.substring(JOB_PREFIX.length());
        try {
            DigestPublisher.Outcome outcome = publisher.publishDue(spaceKey, false);
            versions.changed(spaceKey);
            return JobRunnerResponse.success(outcome.kind().name());
        } catch (RuntimeException e) {
            LOG.warn("The Monday digest of space {} failed; the next run (or a retry) tries again", spaceKey, e);
            return JobRunnerResponse.failed(e);
        }
    }
}
