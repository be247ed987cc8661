package org.socialplaybook.guidelines;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.socialplaybook.guidelines.GuidelineViews.ContactView;
import org.socialplaybook.guidelines.GuidelineViews.EscalationView;
import org.socialplaybook.guidelines.GuidelineViews.HistoryRow;
import org.socialplaybook.guidelines.GuidelineViews.PersonRow;
import org.socialplaybook.guidelines.GuidelineViews.ProgressView;
import org.socialplaybook.guidelines.GuidelineViews.ReaderStatusView;
import org.socialplaybook.guidelines.GuidelineViews.ReportView;
import org.socialplaybook.guidelines.GuidelineViews.WaitingView;
import org.socialplaybook.platform.Csv;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.PageRef;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.Views;

/** Turns guideline results into what people read: translated states, sentences, dates, names; and the CSV. */
@Named
public class GuidelineTexts {
    private final Views views;
    private final GuidelinePeople people;
    private final PageAccess pageAccess;

    @Inject
    public GuidelineTexts(Views views, GuidelinePeople people, PageAccess pageAccess) {
        this.views = views;
        this.people = people;
        this.pageAccess = pageAccess;
    }

    public String text(String key, Serializable... arguments) {
        return views.text(key, arguments);
    }

    public String versionText(int revision, String label) {
        return label == null || label.isEmpty()
                ? views.text("social-playbook.guidelines.version.revision", revision)
                : views.text("social-playbook.guidelines.version.labelled", revision, label);
    }

    public ReaderStatusView reader(GuidelineService.ReaderSituation situation) {
        Guideline g = situation.guideline();
        String key = g.key();
        switch (situation.kind()) {
            case NOT_REQUIRED:
                return simple(g, "NOT_REQUIRED", "social-playbook.guidelines.state.not-required",
                        "social-playbook.guidelines.reader.not-required");
            case ANONYMOUS:
                return simple(g, "ANONYMOUS", "social-playbook.guidelines.state.not-acknowledged",
                        "social-playbook.guidelines.reader.anonymous");
            case NOT_IN_AUDIENCE:
                return simple(g, "NOT_IN_AUDIENCE", "social-playbook.guidelines.state.not-in-audience",
                        "social-playbook.guidelines.reader.not-in-audience");
            default:
                break;
        }
        ReaderStatus status = situation.status();
        String current = versionText(g.currentRevision(), g.currentLabel());
        String message;
        String lozenge;
        String stateKey;
        Instant acknowledgedAt = null;
        switch (status.state()) {
            case ACKNOWLEDGED -> {
                Acknowledgement covering = status.covering();
                acknowledgedAt = covering.acknowledgedAt();
                message = views.text("social-playbook.guidelines.reader.acknowledged",
                        versionText(covering.revision(), covering.label()), Date.from(acknowledgedAt));
                lozenge = "aui-lozenge-success";
                stateKey = "social-playbook.guidelines.state.acknowledged";
            }
            case CHANGED -> {
                Acknowledgement latest = status.latest();
                acknowledgedAt = latest.acknowledgedAt();
                message = views.text("social-playbook.guidelines.reader.changed",
                        versionText(latest.revision(), latest.label()), Date.from(acknowledgedAt), current);
                lozenge = "aui-lozenge-moved";
                stateKey = "social-playbook.guidelines.state.changed";
            }
            default -> {
                message = views.text("social-playbook.guidelines.reader.not-acknowledged", current);
                lozenge = "";
                stateKey = "social-playbook.guidelines.state.not-acknowledged";
            }
        }
        List<WordDiff.Chunk> changes = situation.changes();
        return new ReaderStatusView(key, g.currentVersionId(), status.state().name(), views.text(stateKey), lozenge,
                message, dueText(status), status.overdue(), status.pending(), acknowledgedAt, changes,
                status.state() == ReaderStatus.State.CHANGED && changes == null);
    }

    private ReaderStatusView simple(Guideline g, String state, String stateKey, String messageKey) {
        return new ReaderStatusView(g.key(), g.currentVersionId(), state, views.text(stateKey), "aui-lozenge-subtle",
                views.text(messageKey), null, false, false, null, null, false);
    }

    private String dueText(ReaderStatus status) {
        if (status.due() == null || !status.pending()) {
            return null;
        }
        return views.text(status.overdue() ? "social-playbook.guidelines.due.overdue" : "social-playbook.guidelines.due.by",
                Date.from(status.due()));
    }

    public ProgressView progress(Progress p) {
        if (p.open()) {
            return new ProgressView(0, p.acknowledged(), 0, 0, -1, true,
                    views.text("social-playbook.guidelines.progress.open", p.acknowledged()), 0, 0);
        }
        int acknowledgedWidth = p.audience() == 0 ? 0 : (int) Math.round(100.0 * p.acknowledged() / p.audience());
        int overdueWidth = p.audience() == 0 ? 0 : (int) Math.round(100.0 * p.overdue() / p.audience());
        overdueWidth = Math.min(overdueWidth, 100 - acknowledgedWidth);
        String text = views.text("social-playbook.guidelines.progress.text", p.acknowledged(), p.audience(),
                Math.max(0, p.percent()), p.pending(), p.overdue());
        return new ProgressView(p.audience(), p.acknowledged(), p.pending(), p.overdue(), p.percent(), false, text,
                acknowledgedWidth, overdueWidth);
    }

    public ReportView report(GuidelineReports.Report report) {
        Guideline g = report.guideline();
        Set<String> keys = new LinkedHashSet<>();
        report.rows().forEach(r -> keys.add(r.userKey()));
        report.history().forEach(a -> keys.add(a.userKey()));
        Map<String, Person> described = people.describeAll(keys);
        List<PersonRow> rows = new ArrayList<>();
        for (GuidelineReports.Row row : report.rows()) {
            rows.add(personRow(row, described.get(row.userKey())));
        }
        rows.sort(Comparator.comparingInt((PersonRow r) -> stateOrder(r.state()))
                .thenComparing(r -> !r.inAudience())
                .thenComparing(PersonRow::name, String.CASE_INSENSITIVE_ORDER));
        List<HistoryRow> history = new ArrayList<>();
        for (Acknowledgement ack : report.history()) {
            history.add(new HistoryRow(ack.userKey(), described.get(ack.userKey()).displayName(), ack.revision(),
                    versionText(ack.revision(), ack.label()), ack.acknowledgedAt()));
        }
        return new ReportView(g.spaceKey(), g.key(), g.title(), versionText(g.currentRevision(), g.currentLabel()),
                progress(report.progress()), rows, history);
    }

    private PersonRow personRow(GuidelineReports.Row row, Person person) {
        ReaderStatus status = row.status();
        String state = status.overdue() ? "OVERDUE" : status.state().name();
        String lozenge = switch (state) {
            case "ACKNOWLEDGED" -> "aui-lozenge-success";
            case "CHANGED" -> "aui-lozenge-moved";
            case "OVERDUE" -> "aui-lozenge-error";
            default -> "";
        };
        String stateKey = switch (state) {
            case "ACKNOWLEDGED" -> "social-playbook.guidelines.state.acknowledged";
            case "CHANGED" -> "social-playbook.guidelines.state.changed";
            case "OVERDUE" -> "social-playbook.guidelines.state.overdue";
            default -> "social-playbook.guidelines.state.not-acknowledged";
        };
        Acknowledgement shown = status.covering() != null ? status.covering() : status.latest();
        return new PersonRow(row.userKey(), person.displayName(), person.username(), person.avatarUrl(), state,
                views.text(stateKey), lozenge, status.overdue(), row.inAudience(),
                shown == null ? null : shown.acknowledgedAt(),
                shown == null ? null : versionText(shown.revision(), shown.label()), status.pending() ? status.due() : null);
    }

    private static int stateOrder(String state) {
        return switch (state) {
            case "OVERDUE" -> 0;
            case "NOT_ACKNOWLEDGED" -> 1;
            case "CHANGED" -> 2;
            default -> 3;
        };
    }

    /** The report's people as CSV (formula-safe), dates in ISO-8601 UTC. */
    public String csv(ReportView report) {
        List<String> header = List.of(views.text("social-playbook.guidelines.csv.name"),
                views.text("social-playbook.guidelines.csv.username"),
                views.text("social-playbook.guidelines.csv.status"),
                views.text("social-playbook.guidelines.csv.version"),
                views.text("social-playbook.guidelines.csv.acknowledged-at"),
                views.text("social-playbook.guidelines.csv.due"),
                views.text("social-playbook.guidelines.csv.in-audience"));
        List<List<String>> rows = new ArrayList<>();
        for (PersonRow row : report.people()) {
            rows.add(List.of(row.name(), row.username() == null ? "" : row.username(), row.stateText(),
                    row.acknowledgedVersion() == null ? "" : row.acknowledgedVersion(),
                    row.acknowledgedAt() == null ? "" : row.acknowledgedAt().toString(),
                    row.due() == null ? "" : row.due().toString(),
                    views.text(row.inAudience() ? "social-playbook.guidelines.csv.yes" : "social-playbook.guidelines.csv.no")));
        }
        return Csv.write(header, rows);
    }

    public List<WaitingView> waiting(List<GuidelineService.Waiting> waiting) {
        List<WaitingView> views = new ArrayList<>();
        for (GuidelineService.Waiting w : waiting) {
            Guideline g = w.guideline();
            PageRef page = pageAccess.requireView(g.pageId());
            ReaderStatus status = w.status();
            boolean changed = status.state() == ReaderStatus.State.CHANGED;
            views.add(new WaitingView(g.spaceKey(), g.key(), g.title(), page.id(), page.title(),
                    page.path() + "#" + anchor(g.key()), g.level().param(), this.views.text(g.level().i18nKey()),
                    levelLozenge(g.level()), status.state().name(),
                    this.views.text(changed ? "social-playbook.guidelines.state.changed"
                            : "social-playbook.guidelines.state.not-acknowledged"),
                    changed ? "aui-lozenge-moved" : "", dueText(status), status.overdue(), status.due()));
        }
        return views;
    }

    public EscalationView escalation(GuidelineSettings settings, String spaceKey) {
        List<ContactView> named = contacts(settings.escalationUsers());
        if (!settings.hasEscalationRole()) {
            return named.isEmpty() ? null : new EscalationView(named, null, null, false, List.of());
        }
        Optional<Set<String>> holders = people.roleHolders(spaceKey, settings.escalationMatrix(), settings.escalationRole());
        return new EscalationView(named, settings.escalationRole(), settings.escalationMatrix(), holders.isPresent(),
                holders.map(h -> contacts(new ArrayList<>(h))).orElse(List.of()));
    }

    private List<ContactView> contacts(List<String> keys) {
        List<ContactView> contacts = new ArrayList<>();
        for (Person p : people.describeAll(keys).values()) {
            contacts.add(new ContactView(p.displayName(), p.avatarUrl(), p.key()));
        }
        return contacts;
    }

    public static String anchor(String key) {
        return "guideline-" + key;
    }

    public static String levelLozenge(GuidelineLevel level) {
        return switch (level) {
            case MUST -> "aui-lozenge-error";
            case SHOULD -> "aui-lozenge-current";
            case TIP -> "aui-lozenge-success";
        };
    }
}
