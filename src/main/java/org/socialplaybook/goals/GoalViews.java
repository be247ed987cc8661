package org.socialplaybook.goals;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socialplaybook.goals.GoalState.ContributionView;
import org.socialplaybook.goals.GoalState.GoalSetState;
import org.socialplaybook.goals.GoalState.GoalView;
import org.socialplaybook.goals.GoalState.HistoryView;
import org.socialplaybook.goals.GoalState.MatrixInfo;
import org.socialplaybook.goals.GoalState.ObjectiveView;
import org.socialplaybook.goals.GoalState.WhyView;
import org.socialplaybook.goals.Goals.Contribution;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalData;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.goals.Goals.Status;
import org.socialplaybook.goals.Goals.ValueUpdate;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.TrainingProgrammes.ProgrammeSummary;
import org.socialplaybook.platform.Views;

/**
 * Turns goals into what people see: statuses and progress worked out once ({@link Analysis}), the JSON state for
 * scripts and REST, and the macro template's model (numbers and dates in the reader's language, trends as SVG
 * coordinates, "why am I doing this" for the viewer). Role holders and the viewer's roles come from the role matrix
 * in a constant number of queries; people are described once each.
 */
@Named
public class GoalViews {
    /** Updates listed under an objective; the trend draws more. */
    static final int HISTORY_LISTED = 5;

    private final Views views;
    private final People people;
    private final GoalReferences references;

    @Inject
    public GoalViews(Views views, People people, GoalReferences references) {
        this.views = views;
        this.people = people;
        this.references = references;
    }

    /** Everything worked out once per render or answer. */
    public record Analysis(GoalData data, String viewer, boolean canEdit, @IsoText LocalDate today, @IsoText Instant now,
                           Map<Integer, List<Objective>> objectivesByGoal, Map<Integer, List<Contribution>> contributions,
                           Map<Integer, List<ValueUpdate>> history, Map<Integer, Status> status, Map<Integer, Double> progress,
                           Map<String, Set<String>> matrixRoles, boolean matrixExists, Map<String, Person> people,
                           Map<String, ProgrammeSummary> programmes) {
        /**
         * The roles the person holds (or deputises) in the set's matrix, in the matrix's order: read from the roles
         * the analysis loaded, instead of asking the matrix again (two queries per ask).
         */
        List<String> rolesOf(String userKey) {
            if (userKey == null) {
                return List.of();
            }
            return matrixRoles.entrySet().stream().filter(e -> e.getValue().contains(userKey)).map(Map.Entry::getKey).toList();
        }

        /** The objective's training programme as the reader may see it, or null. */
        ProgrammeSummary programme(Objective o) {
            return o.trainingRef() == null ? null : programmes.get(o.trainingRef().toLowerCase(Locale.ROOT));
        }
    }

    public Analysis analyse(GoalData data, String viewer, boolean canEdit, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<Integer, List<Objective>> byGoal = new HashMap<>();
        Map<Integer, Status> status = new HashMap<>();
        Map<Integer, Double> progress = new HashMap<>();
        for (Objective o : data.objectives()) {
            byGoal.computeIfAbsent(o.goalId(), k -> new ArrayList<>()).add(o);
            status.put(o.id(), GoalRules.status(o, today));
            progress.put(o.id(), o.current() == null ? 0 : GoalRules.progress(o.baseline(), o.target(), o.current()));
        }
        Map<Integer, List<Contribution>> contributions = new HashMap<>();
        data.contributions().forEach(c -> contributions.computeIfAbsent(c.objectiveId(), k -> new ArrayList<>()).add(c));
        Map<Integer, List<ValueUpdate>> history = new HashMap<>();
        data.updates().forEach(u -> history.computeIfAbsent(u.objectiveId(), k -> new ArrayList<>()).add(u));
        Map<String, Set<String>> roles = references.matrixRoles(data.set());
        boolean matrixExists = data.set().matrixName() != null && (!roles.isEmpty() || references.matrixExists(data.set()));
        Set<String> keys = new LinkedHashSet<>();
        roles.values().forEach(keys::addAll);
        data.contributions().stream().filter(c -> c.kind() == ContributorKind.PERSON).forEach(c -> keys.add(c.ref()));
        data.updates().forEach(u -> keys.add(u.userKey()));
        if (data.set().updatedBy() != null) {
            keys.add(data.set().updatedBy());
        }
        keys.remove(null);
        boolean linksTraining = canEdit || data.objectives().stream().anyMatch(o -> o.trainingRef() != null);
        return new Analysis(data, viewer, canEdit, today, now, byGoal, contributions, history, status, progress, roles,
                matrixExists, people.describeAll(keys), linksTraining
                ? references.programmes(data.set(), data.objectives().stream().map(Objective::trainingRef)
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()))
                : Map.of());
    }

    // --- JSON ---

    public GoalSetState state(Analysis a, boolean withHistory) {
        GoalData data = a.data();
        List<GoalView> goals = new ArrayList<>();
        for (Goal g : data.goals()) {
            List<ObjectiveView> objectives = new ArrayList<>();
            for (Objective o : a.objectivesByGoal().getOrDefault(g.id(), List.of())) {
                List<ContributionView> contributions = new ArrayList<>();
                for (Contribution c : a.contributions().getOrDefault(o.id(), List.of())) {
                    contributions.add(new ContributionView(c.id(), c.kind().name(), c.ref(), label(a, c), c.how(), holders(a, c)));
                }
                List<HistoryView> history = null;
                if (withHistory) {
                    history = a.history().getOrDefault(o.id(), List.of()).stream()
                            .map(u -> new HistoryView(u.amount(), u.note(), name(a, u.userKey()), u.recordedAt())).toList();
                }
                objectives.add(new ObjectiveView(o.id(), o.goalId(), o.title(), o.unit(), o.baseline(), o.target(), o.current(),
                        o.start(), o.due(), o.activity(), o.trainingRef(), a.programme(o), id(a.status().get(o.id())),
                        GoalRules.percent(a.progress().get(o.id())), contributions, history));
            }
            goals.add(new GoalView(g.id(), g.title(), g.description(), id(goalStatus(a, g)), goalPercent(a, g), objectives));
        }
        MatrixInfo matrix = null;
        if (data.set().matrixName() != null) {
            matrix = new MatrixInfo(data.set().matrixName(), a.matrixExists(),
                    a.canEdit() ? List.copyOf(a.matrixRoles().keySet()) : null,
                    a.canEdit() && a.matrixExists() ? references.matrixActivities(data.set()) : null);
        }
        String updatedBy = data.set().updatedBy() == null ? null : name(a, data.set().updatedBy());
        return new GoalSetState(data.set().id(), data.set().name(), data.set().pageId(), data.set().version(), a.canEdit(),
                a.viewer() != null, matrix, goals, why(a), updatedBy);
    }

    /** The script's state: the version for everyone; for editors also what the dialogs edit. */
    public GoalState.PageState pageState(Analysis a) {
        GoalData data = a.data();
        if (!a.canEdit()) {
            return new GoalState.PageState(data.set().id(), data.set().version(), false, null, List.of(), List.of());
        }
        List<GoalState.EditGoal> goals = new ArrayList<>();
        for (Goal g : data.goals()) {
            List<GoalState.EditObjective> objectives = new ArrayList<>();
            for (Objective o : a.objectivesByGoal().getOrDefault(g.id(), List.of())) {
                objectives.add(new GoalState.EditObjective(o.id(), o.goalId(), o.title(), o.unit(), o.baseline(), o.target(),
                        o.current(), o.start(), o.due(), o.activity(), o.trainingRef()));
            }
            goals.add(new GoalState.EditGoal(g.id(), g.title(), g.description(), objectives));
        }
        MatrixInfo matrix = data.set().matrixName() == null ? null : new MatrixInfo(data.set().matrixName(), a.matrixExists(),
                List.copyOf(a.matrixRoles().keySet()), a.matrixExists() ? references.matrixActivities(data.set()) : List.of());
        return new GoalState.PageState(data.set().id(), data.set().version(), true, matrix, goals,
                List.copyOf(a.programmes().values()));
    }

    /** The objectives the viewer contributes to: through a role they hold, a team (group) they are in, or in person. */
    public List<WhyView> why(Analysis a) {
        String me = a.viewer();
        if (me == null) {
            return List.of();
        }
        List<String> myRoles = a.matrixExists() ? a.rolesOf(me) : List.of();
        Map<String, Boolean> teams = new HashMap<>();
        Map<Integer, Goal> goals = new HashMap<>();
        a.data().goals().forEach(g -> goals.put(g.id(), g));
        List<WhyView> mine = new ArrayList<>();
        for (Goal g : a.data().goals()) {
            for (Objective o : a.objectivesByGoal().getOrDefault(g.id(), List.of())) {
                for (Contribution c : a.contributions().getOrDefault(o.id(), List.of())) {
                    String via = via(c, me, myRoles, teams);
                    if (via != null) {
                        mine.add(new WhyView(o.id(), g.title(), o.title(), c.kind().name(), via, c.how(), id(a.status().get(o.id()))));
                    }
                }
            }
        }
        return mine;
    }

    /**
     * How the person takes part in one contribution, in the reader's language ("through your role ..."), or null when
     * they do not: a role they hold ({@code myRoles}, in the set's matrix), a group they are in ({@code teams}
     * remembers each group asked), or in person.
     */
    String via(Contribution c, String me, List<String> myRoles, Map<String, Boolean> teams) {
        return switch (c.kind()) {
            case ROLE -> myRoles.stream().anyMatch(r -> GoalRules.sameName(r, c.ref()))
                    ? views.text("social-playbook.goals.why.via-role", c.ref()) : null;
            case TEAM -> teams.computeIfAbsent(c.ref(), t -> references.isInTeam(me, t))
                    ? views.text("social-playbook.goals.why.via-team", c.ref()) : null;
            case PERSON -> me.equals(c.ref()) ? views.text("social-playbook.goals.why.via-person") : null;
        };
    }

    // --- the macro's page ---

    /** How the macro was asked to look. */
    public record Options(boolean why, boolean trend) {
    }

    public record GoalPage(int id, String title, String description, String statusCss, String lozenge, String statusText,
                           int percent, String summary, List<ObjectivePage> objectives) {
    }

    /**
     * One objective as the template shows it. {@code trendHtml} is the inline SVG, built here from numbers, fixed
     * class names and escaped text only ({@link #svg}), so the template may write it as it is.
     */
    public record ObjectivePage(int id, String title, String statusCss, String lozenge, String statusText, int percent,
                                String progressText, String rangeText, String dueText, String dueHint, boolean late,
                                String activity, String training, String trainingUrl, String trainingPercent,
                                List<ContributionPage> contributions, String trendHtml, List<String> history, int historyCount) {
    }

    public record ContributionPage(int id, String kindCss, String kindText, String label, String how, String people) {
    }

    public record WhyPage(String objective, String goal, String via, String how, String lozenge, String statusText) {
    }

    public record Count(String statusCss, String lozenge, String text, long count) {
    }

    public Map<String, Object> page(Analysis a, Options options, String stateJson) {
        Formats f = formats();
        GoalData data = a.data();
        List<GoalPage> goals = new ArrayList<>();
        for (Goal g : data.goals()) {
            List<ObjectivePage> objectives = new ArrayList<>();
            for (Objective o : a.objectivesByGoal().getOrDefault(g.id(), List.of())) {
                objectives.add(objective(a, o, f, options.trend()));
            }
            Status status = goalStatus(a, g);
            goals.add(new GoalPage(g.id(), g.title(), g.description() == null ? "" : g.description(), css(status), lozenge(status),
                    statusText(status), goalPercent(a, g), views.text("social-playbook.goals.goal.summary", objectives.size()),
                    objectives));
        }
        Map<Status, Long> counts = new LinkedHashMap<>();
        for (Status s : List.of(Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.ACHIEVED, Status.NOT_MEASURED)) {
            long n = a.status().values().stream().filter(s::equals).count();
            if (n > 0) {
                counts.put(s, n);
            }
        }
        List<Count> summary = new ArrayList<>();
        counts.forEach((s, n) -> summary.add(new Count(css(s), lozenge(s), statusText(s), n)));
        List<WhyPage> why = new ArrayList<>();
        if (options.why()) {
            for (WhyView w : why(a)) {
                Status s = Status.valueOf(w.status().toUpperCase(Locale.ROOT).replace('-', '_'));
                why.add(new WhyPage(w.objective(), w.goal(), w.via(), w.how(), lozenge(s), statusText(s)));
            }
        }
        String matrixWarning = data.set().matrixName() != null && !a.matrixExists()
                ? views.text("social-playbook.goals.matrix-unknown", data.set().matrixName()) : "";
        Map<String, Object> model = new HashMap<>();
        model.put("setId", data.set().id());
        model.put("title", data.set().name());
        model.put("version", data.set().version());
        model.put("stateJson", stateJson);
        model.put("optWhy", String.valueOf(options.why()));
        model.put("optTrend", String.valueOf(options.trend()));
        model.put("canEdit", a.canEdit());
        model.put("loggedIn", a.viewer() != null);
        // With no goals there is nothing to be part of: no "Why am I doing this?" heading with nothing under it.
        model.put("showWhy", options.why() && a.viewer() != null && !data.goals().isEmpty());
        model.put("why", why);
        model.put("myRoles", a.matrixExists() && a.viewer() != null && options.why()
                ? String.join(", ", a.rolesOf(a.viewer())) : "");
        model.put("matrixWarning", matrixWarning);
        model.put("summary", summary);
        model.put("objectiveCount", data.objectives().size());
        model.put("goals", goals);
        model.put("empty", data.goals().isEmpty());
        model.put("updatedBy", data.set().updatedBy() == null ? "" : name(a, data.set().updatedBy()));
        return model;
    }

    private ObjectivePage objective(Analysis a, Objective o, Formats f, boolean withTrend) {
        Status status = a.status().get(o.id());
        double progress = a.progress().get(o.id());
        String unit = o.unit() == null ? "" : o.unit();
        String progressText = o.current() == null
                ? views.text("social-playbook.goals.objective.not-measured", f.amount(o.target(), unit))
                : views.text("social-playbook.goals.objective.progress", f.amount(o.current(), unit), f.amount(o.target(), unit),
                GoalRules.percent(progress));
        String rangeText = views.text("social-playbook.goals.objective.range", f.amount(o.baseline(), unit), f.date(o.start()));
        long days = ChronoUnit.DAYS.between(a.today(), o.due());
        boolean late = days < 0 && status != Status.ACHIEVED;
        String dueHint = status == Status.ACHIEVED ? "" : days > 0 ? views.text("social-playbook.goals.due.in", days)
                : days == 0 ? views.text("social-playbook.goals.due.today") : views.text("social-playbook.goals.due.late", -days);
        List<ContributionPage> contributions = new ArrayList<>();
        for (Contribution c : a.contributions().getOrDefault(o.id(), List.of())) {
            contributions.add(new ContributionPage(c.id(), "sp-goals-kind-" + c.kind().name().toLowerCase(Locale.ROOT),
                    f.text("social-playbook.goals.kind." + c.kind().name().toLowerCase(Locale.ROOT)), label(a, c), c.how(),
                    String.join(", ", holders(a, c))));
        }
        List<ValueUpdate> history = a.history().getOrDefault(o.id(), List.of());
        String trendHtml = "";
        if (withTrend) {
            Trend trend = Trend.of(o, history, a.now());
            trendHtml = svg(trend, views.text("social-playbook.goals.trend.label", o.title(), history.size()),
                    trend.dots().stream().map(d -> updateText(a, f, d.update(), unit)).toList());
        }
        List<String> listed = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0 && listed.size() < HISTORY_LISTED; i--) {
            listed.add(updateText(a, f, history.get(i), unit));
        }
        ProgrammeSummary programme = a.programme(o);
        String training = programme != null ? programme.title() : o.trainingRef() == null ? "" : o.trainingRef();
        String trainingUrl = programme == null ? "" : "/pages/viewpage.action?pageId=" + programme.pageId();
        // The figure only for whoever may edit the programme's page, as the tracker shows it (null for everyone else).
        String trainingPercent = programme == null || programme.percentComplete() == null ? ""
                : views.text("social-playbook.goals.objective.training-percent", programme.percentComplete());
        return new ObjectivePage(o.id(), o.title(), css(status), lozenge(status), f.text("social-playbook.goals.status." + id(status)),
                GoalRules.percent(progress),
                progressText, rangeText, f.date(o.due()), dueHint, late, o.activity() == null ? "" : o.activity(),
                training, trainingUrl, trainingPercent, contributions, trendHtml, listed, history.size());
    }

    /**
     * The trend as inline SVG: the plan (dashed), the recorded values (line) and a dot per value whose title says what,
     * when and who. Coordinates are numbers from {@link Trend}; every text goes through {@link #escape}.
     */
    static String svg(Trend trend, String label, List<String> dotTitles) {
        StringBuilder svg = new StringBuilder(200 + 110 * dotTitles.size());
        svg.append("<svg class=\"sp-goals-trend\" viewBox=\"0 0 ").append(trend.width()).append(' ').append(trend.height())
                .append("\" width=\"").append(trend.width()).append("\" height=\"").append(trend.height()).append("\" role=\"img\"><title>");
        escape(label, svg);
        svg.append("</title><polyline class=\"sp-goals-plan\" points=\"").append(trend.plan()).append("\"/>");
        if (!trend.line().isEmpty()) {
            svg.append("<polyline class=\"sp-goals-line\" points=\"").append(trend.line()).append("\"/>");
        }
        for (int i = 0; i < trend.dots().size(); i++) {
            Trend.Dot d = trend.dots().get(i);
            svg.append("<circle class=\"").append(d.last() ? "sp-goals-dot sp-goals-dot-last" : "sp-goals-dot").append("\" cx=\"")
                    .append(d.x()).append("\" cy=\"").append(d.y()).append("\" r=\"").append(d.last() ? 3 : 2).append("\"><title>");
            escape(dotTitles.get(i), svg);
            svg.append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    /** HTML escaping as the page's templates do it: &amp; &lt; &gt; &quot; &#39;. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** "38 % · 12 May 2025 · Liam Chen · after the Easter campaign": numbers and names only, escaped by the template. */
    private static String updateText(Analysis a, Formats f, ValueUpdate u, String unit) {
        StringBuilder text = new StringBuilder(f.amount(u.amount(), unit));
        text.append(" · ").append(f.date(LocalDate.ofInstant(u.recordedAt(), ZoneOffset.UTC))).append(" · ").append(name(a, u.userKey()));
        if (u.note() != null) {
            text.append(" · ").append(u.note());
        }
        return text.toString();
    }

    // --- shared pieces ---

    private Status goalStatus(Analysis a, Goal g) {
        return GoalRules.goalStatus(a.objectivesByGoal().getOrDefault(g.id(), List.of()).stream().map(o -> a.status().get(o.id())).toList());
    }

    private static int goalPercent(Analysis a, Goal g) {
        List<Objective> objectives = a.objectivesByGoal().getOrDefault(g.id(), List.of());
        double sum = 0;
        int measured = 0;
        for (Objective o : objectives) {
            if (o.current() != null) {
                sum += GoalRules.clamp(a.progress().get(o.id()));
                measured++;
            }
        }
        return measured == 0 ? 0 : (int) Math.round(100 * sum / measured);
    }

    private static String label(Analysis a, Contribution c) {
        return c.kind() == ContributorKind.PERSON ? name(a, c.ref()) : c.ref();
    }

    /** The people holding a contributing role now (deputies included), by name. */
    private static List<String> holders(Analysis a, Contribution c) {
        if (c.kind() != ContributorKind.ROLE) {
            return List.of();
        }
        for (Map.Entry<String, Set<String>> e : a.matrixRoles().entrySet()) {
            if (GoalRules.sameName(e.getKey(), c.ref())) {
                return e.getValue().stream().map(k -> name(a, k)).toList();
            }
        }
        return List.of();
    }

    private static String name(Analysis a, String key) {
        if (key == null) {
            return "?";
        }
        Person p = a.people().get(key);
        return p == null ? key : p.displayName();
    }

    static String id(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String css(Status s) {
        return "sp-goals-" + id(s);
    }

    static String lozenge(Status s) {
        return switch (s) {
            case ACHIEVED -> "aui-lozenge-success";
            case ON_TRACK -> "aui-lozenge-success aui-lozenge-subtle";
            case AT_RISK -> "aui-lozenge-moved";
            case OFF_TRACK -> "aui-lozenge-error";
            case NOT_MEASURED -> "aui-lozenge-subtle";
        };
    }

    String statusText(Status s) {
        return views.text("social-playbook.goals.status." + id(s));
    }

    /** Numbers and dates in the reader's language (the language tag comes from the translations, once per render). */
    private Formats formats() {
        Locale locale = Locale.forLanguageTag(views.text("social-playbook.goals.format.locale"));
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        return new Formats(number, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale), new HashMap<>(),
                new HashMap<>(), views);
    }

    /** Per render: number and date formats, and the fixed texts and dates already worked out (each once). */
    private record Formats(NumberFormat numbers, DateTimeFormatter dates, Map<LocalDate, String> days, Map<String, String> texts,
                           Views views) {
        String text(String key) {
            return texts.computeIfAbsent(key, views::text);
        }

        String number(double value) {
            return numbers.format(value);
        }

        /** "16,500 followers", "40%" (a percent sign or an empty unit takes no space). */
        String amount(double value, String unit) {
            String n = numbers.format(value);
            return unit == null || unit.isEmpty() ? n : unit.equals("%") ? n + "%" : n + " " + unit;
        }

        String date(LocalDate day) {
            return day == null ? "" : days.computeIfAbsent(day, dates::format);
        }
    }
}
