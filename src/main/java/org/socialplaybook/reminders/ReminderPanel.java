package org.socialplaybook.reminders;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.Views;

/**
 * The reminders' part of the playbook overview, for space administrators only (nothing for anyone else): the settings
 * form (saved through {@link ReminderResource}) and the report of the latest reminders and escalations.
 */
@Named
public class ReminderPanel {
    static final String TEMPLATE = "templates/reminders/panel.vm";
    static final int SHOWN = 50;

    private final ReminderService service;
    private final PageAccess pageAccess;
    private final Views views;
    private final I18nResolver i18n;

    @Inject
    public ReminderPanel(ReminderService service, PageAccess pageAccess, Views views, @ComponentImport I18nResolver i18n) {
        this.service = service;
        this.pageAccess = pageAccess;
        this.views = views;
        this.i18n = i18n;
    }

    /** One line of the report as the table shows it. */
    public record Line(String person, String what, String due, String sent, boolean escalation, String action,
                       String outcome) {
    }

    /** The panel's HTML, or the empty string when the viewer does not administer the space (or there is no page). */
    public String render(long pageId, String spaceKey) {
        if (pageId == 0 || !pageAccess.isSpaceAdmin(spaceKey)) {
            return "";
        }
        ReminderSettings settings = service.settings(pageId);
        Text text = new Text(i18n, null);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneOffset.UTC);
        List<Line> lines = new ArrayList<>();
        List<ReminderService.ReportRow> rows = service.report(pageId);
        for (ReminderService.ReportRow r : rows.subList(0, Math.min(SHOWN, rows.size()))) {
            String action = !r.escalation() ? text.getText("social-playbook.reminders.report.reminded")
                    : r.escalatedToNames().isEmpty() ? text.getText("social-playbook.reminders.report.no-contact")
                    : text.message("social-playbook.reminders.report.escalated", String.join(", ", r.escalatedToNames()));
            lines.add(new Line(r.personName(), text.getText("social-playbook.reminders.kind." + r.kind()) + ": " + r.title(),
                    r.due(), r.sentAt() == null ? "" : when.format(Instant.parse(r.sentAt())), r.escalation(), action,
                    text.getText("social-playbook.reminders.outcome." + r.outcome().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
        }
        views.requireResources("reminders-resources");
        Map<String, Object> model = new HashMap<>();
        model.put("text", text);
        model.put("pageId", pageId);
        model.put("enabled", settings.enabled());
        model.put("afterDays", settings.afterDays());
        model.put("everyDays", settings.everyDays());
        model.put("quietWeekends", settings.quietWeekends());
        model.put("escalateAfterDays", settings.escalateAfterDays());
        model.put("groups", String.join(", ", settings.groups()));
        model.put("version", settings.version());
        model.put("lines", lines);
        model.put("total", rows.size());
        return views.render(TEMPLATE, model);
    }
}
