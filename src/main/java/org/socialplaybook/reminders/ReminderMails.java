package org.socialplaybook.reminders;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.Languages;
import org.socialplaybook.platform.Text;
import org.socialplaybook.platform.Views;
import org.socialplaybook.reminders.ReminderItems.Overdue;

/**
 * The reminder and escalation mails, through Confluence's outgoing mail server as the Monday digest's: one mail per
 * person listing everything they are reminded of in a run, one per escalation contact listing whose items escalated
 * to them; each in the recipient's language, auto-escaped, with absolute links.
 */
@Named
public class ReminderMails {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderMails.class);
    static final String TEMPLATE = "templates/reminders/reminder-mail.vm";

    /** What became of a mail. */
    public enum Outcome { SENT, NO_ADDRESS, FAILED }

    private final Views views;
    private final I18nResolver i18n;
    private final Languages languages;
    private final MailServerManager mail;
    private final UserManager users;
    private final ApplicationProperties application;
    private final SpaceManager spaces;

    @Inject
    public ReminderMails(Views views, @ComponentImport I18nResolver i18n, Languages languages,
                         @ComponentImport MailServerManager mail, @ComponentImport UserManager users,
                         @ComponentImport ApplicationProperties application, @ComponentImport SpaceManager spaces) {
        this.views = views;
        this.i18n = i18n;
        this.languages = languages;
        this.mail = mail;
        this.users = users;
        this.application = application;
        this.spaces = spaces;
    }

    /**
     * One line of a mail: whose (escalations), what, due when, where; {@code state} says "refresher due since …" for a
     * refresher not overdue yet, else "overdue since …" with the days.
     */
    public record Row(String person, String title, String kind, String due, String state, String url) {
    }

    public Outcome remind(String spaceKey, String userKey, List<Overdue> items, LocalDate today) {
        return send(spaceKey, userKey, items, today, false);
    }

    public Outcome escalate(String spaceKey, String contactKey, List<Overdue> items, LocalDate today) {
        return send(spaceKey, contactKey, items, today, true);
    }

    private Outcome send(String spaceKey, String recipient, List<Overdue> items, LocalDate today, boolean escalation) {
        SMTPMailServer server = mail.getDefaultSMTPMailServer();
        UserProfile profile = users.getUserProfile(new UserKey(recipient));
        String address = profile == null ? null : profile.getEmail();
        if (server == null || address == null || address.isBlank()) {
            return Outcome.NO_ADDRESS;
        }
        Locale locale = languages.of(recipient);
        Text text = new Text(i18n, locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String base = application.getBaseUrl(UrlMode.CANONICAL);
        List<Row> rows = new ArrayList<>();
        for (Overdue o : items) {
            rows.add(new Row(escalation ? fullName(o.userKey()) : null, o.item().title(),
                    text.getText("social-playbook.reminders.kind." + o.item().kind()), day.format(o.due()),
                    state(text, day, o, today),
                    o.item().pageId() == 0 ? null : base + "/pages/viewpage.action?pageId=" + o.item().pageId()));
        }
        String space = spaceName(spaceKey);
        // a refresher not overdue yet is due, not overdue: the mail says "wait for you", not "overdue"
        boolean notAllOverdue = !escalation && items.stream().anyMatch(Overdue::refresherNotYetOverdue);
        String subject = text.message(escalation ? "social-playbook.reminders.mail.escalation-subject"
                : notAllOverdue ? "social-playbook.reminders.mail.subject-due"
                : "social-playbook.reminders.mail.subject", space, rows.size());
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("text", text);
        model.put("lang", locale.getLanguage());
        model.put("rows", rows);
        model.put("escalation", escalation);
        model.put("notAllOverdue", notAllOverdue);
        model.put("spaceName", space);
        model.put("recipient", profile.getFullName());
        Email email = new Email(address).setSubject(subject).setBody(views.render(TEMPLATE, model))
                .setMimeType("text/html").setEncoding("UTF-8");
        try {
            server.send(email);
            return Outcome.SENT;
        } catch (MailException e) {
            LOG.warn("A reminder mail of space {} failed: {}", spaceKey, e.getMessage());
            return Outcome.FAILED;
        }
    }

    private static String state(Text text, DateTimeFormatter day, Overdue o, LocalDate today) {
        if (o.refresherNotYetOverdue()) {
            return text.message("social-playbook.reminders.mail.refresher-since", day.format(o.refresherDueSince()));
        }
        return text.message("social-playbook.reminders.mail.overdue-since", day.format(o.due()),
                text.with(ReminderRules.daysOverdue(o.due(), today)).getText("social-playbook.reminders.mail.days"));
    }

    private String fullName(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null ? userKey : profile.getFullName();
    }

    private String spaceName(String spaceKey) {
        Space space = spaces.getSpace(spaceKey);
        return space == null ? spaceKey : space.getName();
    }
}
