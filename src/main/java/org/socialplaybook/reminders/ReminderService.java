package org.socialplaybook.reminders;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.TimeSource;

/**
 * The reminders of a page's space for its administrators: the settings (read and saved, every value checked, 400
 * with a message key and nothing saved otherwise), the report of who was reminded and escalated to, and "send
 * reminders now" (the space's reminders run once, under the same never-twice rule as the daily job). The page only
 * says which space; view permission on it and space administration are required for everything.
 */
@Named
public class ReminderService {
    static final int REPORT_LIMIT = 500;

    private final ReminderStore store;
    private final PageAccess pageAccess;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;
    private final ReminderRunner runner;
    private final I18nResolver i18n;

    @Inject
    public ReminderService(ReminderStore store, PageAccess pageAccess, CurrentUser currentUser, People people,
                           TimeSource time, ReminderRunner runner, @ComponentImport I18nResolver i18n) {
        this.store = store;
        this.pageAccess = pageAccess;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
        this.runner = runner;
        this.i18n = i18n;
    }

    /**
     * What "send reminders now" did: {@code state} is {@code SENT} (something was due and claimed), {@code NOTHING}
     * (all due today had been sent before), {@code OFF} or {@code QUIET} (nothing run); the counts as the job's run,
     * and the sentence the panel shows, in the admin's language.
     */
    public record SendNowAnswer(String state, int reminderMails, int escalationMails, int reminded, int escalated,
                                String message) {
    }

    /** A save: every field required. */
    public record SettingsBody(Boolean enabled, Integer afterDays, Integer everyDays, Boolean quietWeekends,
                               Integer escalateAfterDays, List<String> groups, Integer version) {
    }

    /** One line of the report, names resolved. */
    public record ReportRow(String person, String personName, String kind, String title, long pageId, String due,
                            String period, boolean escalation, List<String> escalatedTo, List<String> escalatedToNames,
                            String outcome, String sentAt) {
    }

    public ReminderSettings settings(long pageId) {
        String spaceKey = adminSpace(pageId);
        return store.settings(spaceKey).orElse(ReminderSettings.defaults(spaceKey));
    }

    public ReminderSettings save(long pageId, SettingsBody body) {
        String spaceKey = adminSpace(pageId);
        String user = currentUser.requireKey();
        if (body == null || body.version() == null) {
            throw PlaybookException.invalidField("version", "social-playbook.reminders.error.version-required");
        }
        if (body.enabled() == null || body.quietWeekends() == null || body.afterDays() == null
                || body.everyDays() == null || body.escalateAfterDays() == null || body.groups() == null) {
            throw PlaybookException.invalid("social-playbook.reminders.error.incomplete");
        }
        List<String> groups = new ArrayList<>();
        for (String g : new LinkedHashSet<>(body.groups())) {
            if (g == null || g.isBlank()) {
                continue;
            }
            if (!people.groupExists(g.trim())) {
                throw PlaybookException.invalidField("groups", "social-playbook.reminders.error.unknown-group",
                        g.length() > 60 ? g.substring(0, 60) + "…" : g);
            }
            groups.add(g.trim());
        }
        ReminderSettings wanted = new ReminderSettings(spaceKey, body.enabled(), body.afterDays(), body.everyDays(),
                body.quietWeekends(), body.escalateAfterDays(), groups, body.version(), user, time.now());
        ReminderRules.invalid(wanted).ifPresent(r -> {
            throw PlaybookException.invalidField(r.field(), r.key(), ReminderRules.MAX_DAYS, ReminderRules.MAX_EVERY,
                    ReminderRules.MAX_GROUPS);
        });
        return store.saveSettings(wanted, body.version(), user, time.now());
    }

    /** Who was reminded of what and when, who it escalated to; newest first, at most {@value #REPORT_LIMIT}. */
    public List<ReportRow> report(long pageId) {
        String spaceKey = adminSpace(pageId);
        List<ReportRow> rows = new ArrayList<>();
        for (ReminderStore.Sent s : store.sent(spaceKey, REPORT_LIMIT)) {
            rows.add(new ReportRow(s.userKey(), people.describe(s.userKey()).displayName(), s.kind(), s.title(),
                    s.pageId(), s.due().toString(), s.period(), s.escalation(), s.escalatedTo(),
                    s.escalatedTo().stream().map(k -> people.describe(k).displayName()).toList(), s.outcome(),
                    s.sentAt() == null ? null : s.sentAt().toString()));
        }
        return rows;
    }

    /** Runs the space's reminders once, now, as the daily job would: what was due and not sent before goes out. */
    public SendNowAnswer sendNow(long pageId) {
        String spaceKey = adminSpace(pageId);
        currentUser.requireKey();
        Text text = new Text(i18n, null);
        ReminderSettings settings = store.settings(spaceKey).orElse(ReminderSettings.defaults(spaceKey));
        if (!settings.enabled()) {
            return new SendNowAnswer("OFF", 0, 0, 0, 0, text.getText("social-playbook.reminders.sent-now.off"));
        }
        if (ReminderRules.quiet(settings, LocalDate.ofInstant(time.now(), ZoneOffset.UTC))) {
            return new SendNowAnswer("QUIET", 0, 0, 0, 0, text.getText("social-playbook.reminders.sent-now.quiet"));
        }
        ReminderRunner.Outcome o = runner.run(spaceKey);
        if (o.reminded() + o.escalated() == 0) {
            return new SendNowAnswer("NOTHING", 0, 0, 0, 0, text.getText("social-playbook.reminders.sent-now.nothing"));
        }
        return new SendNowAnswer("SENT", o.reminderMails(), o.escalationMails(), o.reminded(), o.escalated(),
                text.message("social-playbook.reminders.sent-now", o.reminderMails() + o.escalationMails(), o.reminded(),
                        o.escalated()));
    }

    private String adminSpace(long pageId) {
        PageRef page = pageAccess.requireView(pageId);
        pageAccess.requireSpaceAdmin(page.spaceKey());
        return page.spaceKey();
    }
}
