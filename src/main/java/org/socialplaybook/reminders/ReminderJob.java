package org.socialplaybook.reminders;

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

/**
 * The reminders' schedule: one atlassian-scheduler job, run once per cluster every day at {@value #CRON} (UTC), that
 * runs the reminders of every space whose reminders are on. One space failing is logged and the others still run;
 * what was sent is recorded per person, item and period, so the next run never sends it again.
 */
@Named
@ExportAsService(LifecycleAware.class)
public class ReminderJob implements JobRunner, LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    static final JobRunnerKey KEY = JobRunnerKey.of("org.socialplaybook.social-playbook:reminders");
    public static final JobId JOB_ID = JobId.of("org.socialplaybook.social-playbook:reminders-daily");
    static final String CRON = "0 0 8 * * ?";

    private final SchedulerService scheduler;
    private final ReminderRunner runner;
    private final ReminderStore store;

    @Inject
    public ReminderJob(@ComponentImport SchedulerService scheduler, ReminderRunner runner, ReminderStore store) {
        this.scheduler = scheduler;
        this.runner = runner;
        this.store = store;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(KEY, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(KEY).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forCronExpression(CRON, TimeZone.getTimeZone("UTC"))));
        } catch (SchedulerServiceException e) {
            LOG.error("The reminders job could not be scheduled; no reminders will go out", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(KEY);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        int mails = 0;
        int failed = 0;
        for (ReminderSettings settings : store.enabledSettings()) {
            try {
                ReminderRunner.Outcome outcome = runner.run(settings.spaceKey());
                mails += outcome.reminderMails() + outcome.escalationMails();
            } catch (RuntimeException e) {
                failed++;
                LOG.warn("The reminders of space {} failed; the next run tries again", settings.spaceKey(), e);
            }
        }
        return failed == 0 ? JobRunnerResponse.success(mails + " mails")
                : JobRunnerResponse.failed(failed + " spaces failed, " + mails + " mails sent");
    }
}
