package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.Views;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.TrainingRules.ModuleFigures;
import org.socialplaybook.training.TrainingRules.ModuleStanding;
import org.socialplaybook.training.TrainingRules.Standing;
import org.socialplaybook.training.TrainingRules.WeekPoint;

/**
 * Turns the tracker's values into what the template and the script show: translated texts, AUI lozenge classes,
 * dates in the reader's language, the chart's coordinates. Everything here is data; the template and the script
 * escape it (the script only ever inserts it as text).
 */
@Named
public class TrainingViews {
    private final Views views;
    private final People people;
    private final ModuleLinks links;

    @Inject
    public TrainingViews(Views views, People people, ModuleLinks links) {
        this.views = views;
        this.people = people;
        this.links = links;
    }

    // --- records the template and the script read ---

    public record ModuleView(int id, String title, String linkKind, String href, String linkLabel, Integer minutes,
                             boolean required, Integer validMonths, String facts, Long pageId, String url) {
    }

    /** A module with the reader's own status on it (null for an anonymous reader). */
    public record ModuleRow(ModuleView module, MyModuleView mine) {
    }

    public static List<ModuleRow> rows(List<ModuleView> modules, MyView me) {
        List<ModuleRow> rows = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            rows.add(new ModuleRow(modules.get(i), me == null ? null : me.modules().get(i)));
        }
        return rows;
    }

    public record MyModuleView(int moduleId, String state, String stateText, String lozenge, String detail,
                               boolean overdue, boolean counted, List<String> actions) {
    }

    public record CheckinView(boolean eligible, boolean answered, Integer confidence, String text, boolean needsHelp) {
    }

    public record MyView(boolean inAudience, boolean hasProgress, int percent, int done, int counted, String state,
                         String stateText, String lozenge, String summary, boolean overdue, List<MyModuleView> modules,
                         CheckinView checkin) {
    }

    public record ModuleFigureView(int id, String title, int percentDone, int completed, int waived, int inProgress,
                                   int refresherDue, int notStarted, int overdue, String text) {
    }

    public record FiguresView(int learners, int complete, int inProgress, int notStarted, int overdue, int refresherDue,
                              int percent, List<ModuleFigureView> modules) {
    }

    /** The completion chart as SVG coordinates (a 640 x 220 view box). */
    public record ChartView(String line, String area, List<ChartPoint> points, List<ChartBar> bars, List<ChartTick> xTicks,
                            String summary) {
    }

    public record ChartPoint(double x, double y, String label) {
    }

    public record ChartBar(double x, double y, double width, double height, String label) {
    }

    public record ChartTick(double x, String label) {
    }

    public record CellView(int moduleId, String state, String symbol, String title, boolean overdue) {
    }

    public record PersonRowView(String key, String name, String username, String avatarUrl, List<String> roles, int percent,
                                String state, String stateText, String lozenge, boolean overdue, boolean refresherDue,
                                String due, String assignedOn, List<CellView> cells) {
    }

    public record GridView(int total, int learners, int offset, int limit, List<PersonRowView> rows, List<String> teams,
                           List<String> roles, List<ModuleHead> modules) {
    }

    public record ModuleHead(int id, String title, boolean required) {
    }

    public record FollowUpView(int id, String userKey, String name, String avatarUrl, int confidence, boolean needsHelp,
                               String comment, String date, Long followUpId, boolean handled, String handledText,
                               String text) {
    }

    public record HistoryView(String module, String stateText, String date, String actor, String source, String note,
                              String changedAt) {
    }

    /** The data-state of the macro: enough for the script to act without asking first. */
    public record ProgrammeState(int id, String key, String title, int version, boolean canEdit, boolean loggedIn,
                                 String spaceKey, List<ModuleView> modules, MyView me, List<String> teams,
                                 List<String> roles, String trainerKey) {
    }

    // --- building them ---

    public String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        String[] months = views.text("social-playbook.training.months").split(",");
        return views.text("social-playbook.training.date", String.valueOf(day.getDayOfMonth()),
                months[day.getMonthValue() - 1].trim(), String.valueOf(day.getYear()));
    }

    /** A day without the year ("12 May"), for the chart's axis. */
    public String shortDate(LocalDate day) {
        String[] months = views.text("social-playbook.training.months").split(",");
        return views.text("social-playbook.training.date-short", String.valueOf(day.getDayOfMonth()),
                months[day.getMonthValue() - 1].trim());
    }

    public List<ModuleView> modules(List<Module> modules) {
        List<ModuleView> out = new ArrayList<>();
        for (Module m : modules) {
            ModuleLinks.Link link = links.link(m);
            String label = switch (link.kind()) {
                case RESTRICTED -> views.text("social-playbook.training.module.restricted");
                case NONE -> "";
                default -> link.label();
            };
            out.add(new ModuleView(m.id(), m.title(), link.kind().name().toLowerCase(Locale.ROOT), link.href(), label,
                    m.minutes(), m.required(), m.validMonths(), facts(m),
                    link.kind() == ModuleLinks.Kind.PAGE ? m.pageId() : null, m.url()));
        }
        return out;
    }

    private String facts(Module m) {
        List<String> parts = new ArrayList<>();
        if (m.minutes() != null) {
            parts.add(views.text("social-playbook.training.module.minutes", m.minutes()));
        }
        parts.add(views.text(m.required() ? "social-playbook.training.module.required" : "social-playbook.training.module.optional"));
        if (m.validMonths() != null) {
            parts.add(views.text("social-playbook.training.module.valid-months", m.validMonths()));
        }
        return String.join(" · ", parts);
    }

    public MyView me(Standing standing, boolean inAudience, Map<Integer, Progress> mine, Checkin latest) {
        List<MyModuleView> modules = new ArrayList<>();
        boolean hasProgress = !mine.isEmpty();
        for (ModuleStanding ms : standing.modules()) {
            modules.add(new MyModuleView(ms.moduleId(), ms.state().name(), stateText(ms), lozenge(ms),
                    detail(ms, mine.get(ms.moduleId())), ms.overdue(), ms.counted(), actions(ms)));
        }
        CheckinView checkin = checkin(standing, latest);
        return new MyView(inAudience, hasProgress, standing.percent(), standing.done(), standing.counted(),
                personState(standing), personStateText(standing), personLozenge(standing), mySummary(standing, inAudience),
                standing.overdue(), modules, checkin);
    }

    private CheckinView checkin(Standing standing, Checkin latest) {
        boolean eligible = TrainingRules.mayCheckIn(standing, latest);
        if (latest == null) {
            return new CheckinView(eligible, false, null, null, false);
        }
        String text = views.text("social-playbook.training.checkin.answered", latest.confidence(),
                date(java.time.LocalDate.ofInstant(latest.createdAt(), java.time.ZoneOffset.UTC)));
        return new CheckinView(eligible, true, latest.confidence(), text, latest.needsHelp());
    }

    private String mySummary(Standing s, boolean inAudience) {
        if (!inAudience) {
            return views.text("social-playbook.training.me.not-assigned");
        }
        if (s.state() == TrainingRules.PersonState.COMPLETE) {
            return views.text("social-playbook.training.me.complete", s.done(), s.counted());
        }
        if (s.due() == null) {
            return views.text("social-playbook.training.me.progress", s.done(), s.counted());
        }
        return views.text(s.overdue() ? "social-playbook.training.me.progress-overdue" : "social-playbook.training.me.progress-due",
                s.done(), s.counted(), date(s.due()));
    }

    static List<String> actions(ModuleStanding ms) {
        return switch (ms.state()) {
            case NOT_STARTED -> List.of("start", "complete");
            case IN_PROGRESS -> List.of("complete", "reset");
            case COMPLETED -> List.of("undo");
            case REFRESHER_DUE -> List.of("refresh", "complete");
            case WAIVED -> List.of("complete");
        };
    }

    public String stateText(ModuleStanding ms) {
        return views.text("social-playbook.training.state." + ms.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String lozenge(ModuleStanding ms) {
        if (ms.overdue()) {
            return "aui-lozenge-error";
        }
        return switch (ms.state()) {
            case NOT_STARTED -> "";
            case IN_PROGRESS -> "aui-lozenge-current";
            case COMPLETED -> "aui-lozenge-success";
            case WAIVED -> "aui-lozenge-subtle";
            case REFRESHER_DUE -> "aui-lozenge-moved";
        };
    }

    /** The line under a module: when it was completed and until when it is valid, when it is due, who waived it. */
    public String detail(ModuleStanding ms, Progress row) {
        return switch (ms.state()) {
            case COMPLETED -> ms.validUntil() == null
                    ? views.text("social-playbook.training.detail.completed", date(ms.completedOn()))
                    : views.text("social-playbook.training.detail.completed-valid", date(ms.completedOn()), date(ms.validUntil()));
            case REFRESHER_DUE -> views.text(ms.overdue() ? "social-playbook.training.detail.refresher-overdue"
                    : "social-playbook.training.detail.refresher", date(ms.validUntil()), date(ms.due()));
            case WAIVED -> {
                String who = row == null || row.changedBy() == null ? "?" : people.describe(row.changedBy()).displayName();
                yield row != null && row.note() != null
                        ? views.text("social-playbook.training.detail.waived-note", who, row.note())
                        : views.text("social-playbook.training.detail.waived", who);
            }
            default -> ms.due() == null ? ""
                    : views.text(ms.overdue() ? "social-playbook.training.detail.overdue" : "social-playbook.training.detail.due",
                    date(ms.due()));
        };
    }

    static String personState(Standing s) {
        if (s.overdue()) {
            return "OVERDUE";
        }
        if (s.state() == TrainingRules.PersonState.COMPLETE) {
            return "COMPLETE";
        }
        return s.refresherDue() ? "REFRESHER_DUE" : s.state().name();
    }

    public String personStateText(Standing s) {
        return views.text("social-playbook.training.person." + personState(s).toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String personLozenge(Standing s) {
        return switch (personState(s)) {
            case "OVERDUE" -> "aui-lozenge-error";
            case "COMPLETE" -> "aui-lozenge-success";
            case "REFRESHER_DUE" -> "aui-lozenge-moved";
            case "IN_PROGRESS" -> "aui-lozenge-current";
            default -> "";
        };
    }

    public FiguresView figures(TrainingRules.Figures f, List<Module> modules) {
        List<ModuleFigureView> rows = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            Module m = modules.get(i);
            ModuleFigures mf = f.modules().get(i);
            rows.add(new ModuleFigureView(m.id(), m.title(), mf.percentDone(), mf.percentOf(mf.completed()),
                    mf.percentOf(mf.waived()), mf.percentOf(mf.inProgress()), mf.percentOf(mf.refresherDue()),
                    mf.percentOf(mf.notStarted()), mf.overdue(),
                    views.text("social-playbook.training.figures.module", mf.completed(), mf.waived(), mf.inProgress(),
                            mf.refresherDue(), mf.notStarted(), mf.overdue())));
        }
        return new FiguresView(f.learners(), f.complete(), f.inProgress(), f.notStarted(), f.overdue(), f.refresherDue(),
                f.percent(), rows);
    }

    static final double CHART_LEFT = 44;
    static final double CHART_RIGHT = 600;
    static final double CHART_TOP = 12;
    static final double CHART_BOTTOM = 180;

    public ChartView chart(List<WeekPoint> weeks) {
        double step = weeks.size() <= 1 ? 0 : (CHART_RIGHT - CHART_LEFT) / (weeks.size() - 1);
        double height = CHART_BOTTOM - CHART_TOP;
        int most = weeks.stream().mapToInt(WeekPoint::completions).max().orElse(0);
        StringBuilder line = new StringBuilder();
        List<ChartPoint> points = new ArrayList<>();
        List<ChartBar> bars = new ArrayList<>();
        List<ChartTick> ticks = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeekPoint w = weeks.get(i);
            double x = round(CHART_LEFT + i * step);
            double y = round(CHART_BOTTOM - height * w.percent() / 100.0);
            line.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            String day = date(w.weekEnd());
            points.add(new ChartPoint(x, y, views.text("social-playbook.training.chart.point", day, w.percent(), w.completions())));
            if (w.completions() > 0) {
                double h = round(Math.max(2, height * 0.4 * w.completions() / most));
                double width = Math.max(6, round(step * 0.5));
                bars.add(new ChartBar(round(x - width / 2), round(CHART_BOTTOM - h), width, h,
                        views.text("social-playbook.training.chart.bar", day, w.completions())));
            }
            if (i % 3 == weeks.size() % 3 || i == weeks.size() - 1) {
                ticks.add(new ChartTick(x, shortDate(w.weekEnd())));
            }
        }
        String area = weeks.isEmpty() ? "" : line + " L" + fmt(round(CHART_LEFT + (weeks.size() - 1) * step)) + " "
                + fmt(CHART_BOTTOM) + " L" + fmt(CHART_LEFT) + " " + fmt(CHART_BOTTOM) + " Z";
        WeekPoint first = weeks.isEmpty() ? null : weeks.get(0);
        WeekPoint last = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1);
        String summary = first == null ? "" : views.text("social-playbook.training.chart.summary", weeks.size(),
                first.percent(), last.percent());
        return new ChartView(line.toString(), area, points, bars, dedupe(ticks), summary);
    }

    private static List<ChartTick> dedupe(List<ChartTick> ticks) {
        List<ChartTick> out = new ArrayList<>();
        for (ChartTick t : ticks) {
            if (out.isEmpty() || t.x() - out.get(out.size() - 1).x() > 60) {
                out.add(t);
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    public GridView grid(TrainingReports.GridPage page, List<Module> modules) {
        List<PersonRowView> rows = new ArrayList<>();
        for (TrainingReports.GridRow row : page.rows()) {
            Standing s = row.standing();
            List<CellView> cells = new ArrayList<>();
            for (ModuleStanding ms : s.modules()) {
                String detail = detail(ms, null);
                String title = stateText(ms) + (detail.isEmpty() || ms.state() == TrainingRules.ModuleState.WAIVED ? "" : " — " + detail);
                cells.add(new CellView(ms.moduleId(), ms.state().name(), symbol(ms), title, ms.overdue()));
            }
            Person p = row.person();
            rows.add(new PersonRowView(p.key(), p.displayName(), p.username(), p.avatarUrl(), row.roles(), s.percent(),
                    personState(s), personStateText(s), personLozenge(s), s.overdue(), s.refresherDue(), date(s.due()),
                    date(s.assignedOn()), cells));
        }
        List<ModuleHead> heads = modules.stream().map(m -> new ModuleHead(m.id(), m.title(), m.required())).toList();
        return new GridView(page.total(), page.learners(), page.offset(), page.limit(), rows, page.teams(), page.roles(), heads);
    }

    static String symbol(ModuleStanding ms) {
        return switch (ms.state()) {
            case COMPLETED -> "✓";
            case IN_PROGRESS -> "◐";
            case REFRESHER_DUE -> "↻";
            case WAIVED -> "–";
            case NOT_STARTED -> ms.overdue() ? "!" : "○";
        };
    }

    public List<FollowUpView> followUps(List<Checkin> checkins) {
        Map<String, Person> described = people.describeAll(checkins.stream().map(Checkin::userKey).toList());
        List<FollowUpView> out = new ArrayList<>();
        for (Checkin c : checkins) {
            Person p = described.get(c.userKey());
            String handled = c.handledAt() == null ? null : views.text("social-playbook.training.followups.handled-by",
                    c.handledBy() == null ? "?" : people.describe(c.handledBy()).displayName(),
                    date(LocalDate.ofInstant(c.handledAt(), java.time.ZoneOffset.UTC)));
            String text = c.followUpId() == null ? views.text("social-playbook.training.followups.not-recorded")
                    : views.text("social-playbook.training.followups.recorded", c.followUpId());
            out.add(new FollowUpView(c.id(), c.userKey(), p.displayName(), p.avatarUrl(), c.confidence(), c.needsHelp(),
                    c.comment(), date(LocalDate.ofInstant(c.createdAt(), java.time.ZoneOffset.UTC)), c.followUpId(),
                    c.handledAt() != null, handled, text));
        }
        return out;
    }

    public List<HistoryView> history(List<Model.HistoryEntry> entries) {
        List<HistoryView> out = new ArrayList<>();
        for (Model.HistoryEntry e : entries) {
            String actor = e.actorKey() == null ? "" : people.describe(e.actorKey()).displayName();
            out.add(new HistoryView(e.moduleTitle(),
                    views.text("social-playbook.training.history.status." + e.status().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    date(e.doneOn()), actor,
                    views.text("social-playbook.training.source." + e.source().name().toLowerCase(Locale.ROOT)),
                    e.note(), date(LocalDate.ofInstant(e.changedAt(), java.time.ZoneOffset.UTC))));
        }
        return out;
    }

    public ProgrammeState state(Programme p, List<ModuleView> modules, MyView me, boolean canEdit, boolean loggedIn,
                                List<String> roles) {
        return new ProgrammeState(p.id(), p.code(), p.title(), p.version(), canEdit, loggedIn, p.spaceKey(), modules, me,
                TrainingReports.teams(p), roles, p.trainerKey());
    }

    /** A one-line description of who the programme is for and when it is due. */
    /** Who must take the programme and when it is due; no due date while it has no modules (nothing is due). */
    public String audienceText(Programme p, boolean hasModules) {
        List<String> parts = new ArrayList<>();
        Model.Audience a = p.audience();
        if (a.usesMatrix()) {
            parts.add(a.roles().isEmpty()
                    ? views.text("social-playbook.training.audience.all-roles", a.roleMatrix())
                    : views.text("social-playbook.training.audience.roles", String.join(", ", a.roles()), a.roleMatrix()));
        }
        if (!a.groups().isEmpty()) {
            parts.add(views.text("social-playbook.training.audience.groups", String.join(", ", a.groups())));
        }
        if (!a.userKeys().isEmpty()) {
            List<String> names = a.userKeys().stream().map(k -> people.describe(k).displayName()).toList();
            parts.add(views.text("social-playbook.training.audience.users", String.join(", ", names)));
        }
        String who = parts.isEmpty() ? views.text("social-playbook.training.audience.nobody") : String.join("; ", parts);
        if (!hasModules) {
            return views.text("social-playbook.training.audience.line-no-modules", who);
        }
        String due = p.dueOn() != null ? views.text("social-playbook.training.due.on", date(p.dueOn()))
                : p.dueDays() != null ? views.text("social-playbook.training.due.days", p.dueDays())
                : views.text("social-playbook.training.due.none");
        return views.text("social-playbook.training.audience.line", who, due);
    }
}
