package org.socialplaybook.training;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Status;

/**
 * The tracker's rules, plain Java: where a person stands on each module and on the programme (due dates, overdue,
 * refreshers), who may check in, which check-in needs a follow-up, and the programme's figures (per module and
 * week by week). Everything is computed from stored rows and "today"; nothing here reads a database.
 */
public final class TrainingRules {
    /** Without a "due N days" rule, a refresher becomes overdue this many days after the completion expired. */
    public static final int REFRESHER_GRACE_DAYS = 30;
    /** Confidence at or below this raises a follow-up. */
    public static final int LOW_CONFIDENCE = 2;
    public static final int WEEKS_IN_CHART = 12;
    /** A module due within this many days is "due soon" (the Monday digest lists it; two digests' notice). */
    public static final int DUE_SOON_DAYS = 14;

    private TrainingRules() {
    }

    /** A module as one person sees it now. */
    public enum ModuleState { NOT_STARTED, IN_PROGRESS, COMPLETED, WAIVED, REFRESHER_DUE }

    /** The programme as one person sees it; {@code overdue} and {@code refresherDue} are flags on top of it. */
    public enum PersonState { NOT_STARTED, IN_PROGRESS, COMPLETE }

    /**
     * One module for one person. {@code validUntil}: when a completion expires (for a refresher due: when it
     * expired); {@code due}: when a counted module not done is due (null: no due date or nothing due).
     */
    public record ModuleStanding(int moduleId, ModuleState state, boolean counted, @IsoText LocalDate completedOn,
                                 @IsoText LocalDate validUntil, @IsoText LocalDate due, boolean overdue) {
        public boolean done() {
            return state == ModuleState.COMPLETED || state == ModuleState.WAIVED;
        }
    }

    /** The whole programme for one person. {@code completedOn}: the last counted completion, once complete. */
    public record Standing(String userKey, @IsoText LocalDate assignedOn, @IsoText LocalDate due, List<ModuleStanding> modules, int done,
                           int counted, PersonState state, boolean overdue, boolean refresherDue, @IsoText LocalDate completedOn) {
        public Standing {
            modules = List.copyOf(modules);
        }

        public int percent() {
            return percent(done, counted);
        }

        public ModuleStanding module(int moduleId) {
            for (ModuleStanding m : modules) {
                if (m.moduleId() == moduleId) {
                    return m;
                }
            }
            return null;
        }

        static int percent(int part, int whole) {
            return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
        }
    }

    /** The modules that count towards completion: the required ones, or all of them when none is required. */
    public static boolean counts(Module module, List<Module> modules) {
        return module.required() || modules.stream().noneMatch(Module::required);
    }

    /** When the programme is due for someone assigned on {@code assignedOn}: a fixed day, N days later, or never. */
    public static LocalDate dueFor(Programme programme, LocalDate assignedOn) {
        if (programme.dueOn() != null) {
            return programme.dueOn();
        }
        if (programme.dueDays() != null && assignedOn != null) {
            return assignedOn.plusDays(programme.dueDays());
        }
        return null;
    }

    /** The day a completion expires, or null when the module never needs a refresher. */
    public static LocalDate expiry(Module module, LocalDate completedOn) {
        return module.validMonths() == null || completedOn == null ? null : completedOn.plusMonths(module.validMonths());
    }

    /** When an expired completion's refresher becomes overdue: "due N days" after it expired, else a grace period. */
    public static LocalDate refresherDue(Programme programme, LocalDate expiredOn) {
        return expiredOn.plusDays(programme.dueDays() != null ? programme.dueDays() : REFRESHER_GRACE_DAYS);
    }

    public static ModuleStanding module(Programme programme, Module module, boolean counted, Progress progress,
                                        LocalDate personDue, LocalDate today) {
        Status status = progress == null ? Status.NOT_STARTED : progress.status();
        switch (status) {
            case WAIVED:
                return new ModuleStanding(module.id(), ModuleState.WAIVED, counted, null, null, null, false);
            case COMPLETED: {
                LocalDate completed = progress.completedOn();
                LocalDate expires = expiry(module, completed);
                if (expires != null && !today.isBefore(expires)) {
                    LocalDate due = counted ? refresherDue(programme, expires) : null;
                    return new ModuleStanding(module.id(), ModuleState.REFRESHER_DUE, counted, completed, expires, due,
                            due != null && today.isAfter(due));
                }
                return new ModuleStanding(module.id(), ModuleState.COMPLETED, counted, completed, expires, null, false);
            }
            default: {
                ModuleState state = status == Status.STARTED ? ModuleState.IN_PROGRESS : ModuleState.NOT_STARTED;
                LocalDate due = counted ? personDue : null;
                return new ModuleStanding(module.id(), state, counted, null, null, due, due != null && today.isAfter(due));
            }
        }
    }

    /** Where one person stands. {@code progress}: their rows by module id (missing: not started). */
    public static Standing standing(Programme programme, List<Module> modules, String userKey, LocalDate assignedOn,
                                    Map<Integer, Progress> progress, LocalDate today) {
        LocalDate due = dueFor(programme, assignedOn);
        boolean anyRequired = modules.stream().anyMatch(Module::required);
        List<ModuleStanding> standings = new ArrayList<>(modules.size());
        int done = 0;
        int counted = 0;
        boolean overdue = false;
        boolean refresher = false;
        boolean touched = false;
        LocalDate lastCompletion = null;
        for (Module m : modules) {
            boolean counts = m.required() || !anyRequired;
            ModuleStanding s = module(programme, m, counts, progress.get(m.id()), due, today);
            standings.add(s);
            touched |= s.state() != ModuleState.NOT_STARTED;
            if (!counts) {
                continue;
            }
            counted++;
            if (s.done()) {
                done++;
            }
            overdue |= s.overdue();
            refresher |= s.state() == ModuleState.REFRESHER_DUE;
            if (s.state() == ModuleState.COMPLETED && (lastCompletion == null || s.completedOn().isAfter(lastCompletion))) {
                lastCompletion = s.completedOn();
            }
        }
        PersonState state = counted > 0 && done == counted ? PersonState.COMPLETE
                : touched ? PersonState.IN_PROGRESS : PersonState.NOT_STARTED;
        LocalDate shownDue = state == PersonState.COMPLETE ? null : earliestDue(standings, due);
        return new Standing(userKey, assignedOn, shownDue, standings, done, counted, state, overdue, refresher,
                state == PersonState.COMPLETE ? lastCompletion : null);
    }

    /**
     * A module that waits for the learner now (the Monday digest lists it): one that counts, is not done and has a due
     * day, and is overdue, a refresher due, or due within {@link #DUE_SOON_DAYS} days.
     */
    public static boolean waiting(ModuleStanding m, LocalDate today) {
        return m.counted() && !m.done() && m.due() != null && (m.overdue() || m.state() == ModuleState.REFRESHER_DUE
                || !m.due().isAfter(today.plusDays(DUE_SOON_DAYS)));
    }

    private static LocalDate earliestDue(List<ModuleStanding> standings, LocalDate fallback) {
        LocalDate earliest = null;
        for (ModuleStanding s : standings) {
            if (s.counted() && !s.done() && s.due() != null && (earliest == null || s.due().isBefore(earliest))) {
                earliest = s.due();
            }
        }
        return earliest != null ? earliest : fallback;
    }

    // --- check-ins ---

    /**
     * A learner may check in once per completion: when the programme is complete for them and they have not checked
     * in since their last counted completion (a refresher completed later opens a new check-in).
     */
    public static boolean mayCheckIn(Standing standing, Checkin latest) {
        if (standing.state() != PersonState.COMPLETE) {
            return false;
        }
        if (latest == null) {
            return true;
        }
        LocalDate checkedIn = latest.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return standing.completedOn() != null && checkedIn.isBefore(standing.completedOn());
    }

    /** Low confidence or a request for help: the trainer should follow up. */
    public static boolean needsFollowUp(int confidence, boolean needsHelp) {
        return confidence <= LOW_CONFIDENCE || needsHelp;
    }

    // --- the programme's figures ---

    /** One module across the audience: how many people are in each state, and the share done. */
    public record ModuleFigures(int moduleId, int completed, int waived, int inProgress, int refresherDue, int notStarted,
                                int overdue, int learners) {
        public int percentDone() {
            return Standing.percent(completed + waived, learners);
        }

        public int percentOf(int count) {
            return learners == 0 ? 0 : (int) Math.round(100.0 * count / learners);
        }
    }

    /** The programme across the audience. {@code percent}: counted modules done over counted modules assigned. */
    public record Figures(int learners, int complete, int inProgress, int notStarted, int overdue, int refresherDue,
                          int percent, List<ModuleFigures> modules) {
        public Figures {
            modules = List.copyOf(modules);
        }
    }

    public static Figures figures(List<Module> modules, Collection<Standing> standings) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Module m : modules) {
            counts.put(m.id(), new int[6]);
        }
        int complete = 0;
        int inProgress = 0;
        int notStarted = 0;
        int overdue = 0;
        int refresher = 0;
        long done = 0;
        long counted = 0;
        for (Standing s : standings) {
            switch (s.state()) {
                case COMPLETE -> complete++;
                case IN_PROGRESS -> inProgress++;
                default -> notStarted++;
            }
            overdue += s.overdue() ? 1 : 0;
            refresher += s.refresherDue() ? 1 : 0;
            done += s.done();
            counted += s.counted();
            for (ModuleStanding m : s.modules()) {
                int[] c = counts.get(m.moduleId());
                c[m.state().ordinal()]++;
                if (m.overdue()) {
                    c[5]++;
                }
            }
        }
        List<ModuleFigures> perModule = new ArrayList<>();
        for (Module m : modules) {
            int[] c = counts.get(m.id());
            perModule.add(new ModuleFigures(m.id(), c[ModuleState.COMPLETED.ordinal()], c[ModuleState.WAIVED.ordinal()],
                    c[ModuleState.IN_PROGRESS.ordinal()], c[ModuleState.REFRESHER_DUE.ordinal()],
                    c[ModuleState.NOT_STARTED.ordinal()], c[5], standings.size()));
        }
        int percent = counted == 0 ? 0 : (int) Math.floor(100.0 * done / counted);
        return new Figures(standings.size(), complete, inProgress, notStarted, overdue, refresher, percent, perModule);
    }

    /** The first week index whose end is at least {@code days} after the first week's end (ceiling division by 7). */
    private static int ceilWeeks(long days) {
        return (int) -Math.floorDiv(-days, 7L);
    }

    /** One week of the completion chart: the share of counted modules done at its end, and completions during it. */
    public record WeekPoint(@IsoText LocalDate weekEnd, int percent, int completions) {
    }

    /**
     * The share of counted modules that were done (completed and still valid at that day, or waived) at the end of
     * each of the last {@link #WEEKS_IN_CHART} weeks, for today's audience, from the current completion dates.
     */
    public static List<WeekPoint> chart(List<Module> modules, Collection<String> learners,
                                        Map<String, Map<Integer, Progress>> progress, LocalDate today) {
        List<Module> counted = modules.stream().filter(m -> counts(m, modules)).toList();
        long whole = (long) counted.size() * learners.size();
        int[] doneAt = new int[WEEKS_IN_CHART];
        int[] completions = new int[WEEKS_IN_CHART];
        LocalDate firstEnd = today.minusWeeks(WEEKS_IN_CHART - 1);
        for (String learner : learners) {
            Map<Integer, Progress> rows = progress.getOrDefault(learner, Map.of());
            for (Module m : counted) {
                Progress p = rows.get(m.id());
                if (p == null) {
                    continue;
                }
                LocalDate from;
                LocalDate until;
                if (p.status() == Status.COMPLETED && p.completedOn() != null) {
                    from = p.completedOn();
                    until = expiry(m, from);
                    long weeksAgo = ChronoUnit.DAYS.between(from, today);
                    if (weeksAgo >= 0 && weeksAgo < 7L * WEEKS_IN_CHART) {
                        completions[WEEKS_IN_CHART - 1 - (int) (weeksAgo / 7)]++;
                    }
                } else if (p.status() == Status.WAIVED && p.changedAt() != null) {
                    from = p.changedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
                    until = null;
                } else {
                    continue;
                }
                // done at the end of week w when from <= end(w) < until: a range of weeks, counted with a difference array
                int lo = Math.max(0, ceilWeeks(ChronoUnit.DAYS.between(firstEnd, from)));
                int hi = until == null ? WEEKS_IN_CHART
                        : Math.min(WEEKS_IN_CHART, ceilWeeks(ChronoUnit.DAYS.between(firstEnd, until)));
                if (lo < hi) {
                    doneAt[lo]++;
                    if (hi < WEEKS_IN_CHART) {
                        doneAt[hi]--;
                    }
                }
            }
        }
        List<WeekPoint> points = new ArrayList<>();
        int running = 0;
        for (int w = 0; w < WEEKS_IN_CHART; w++) {
            running += doneAt[w];
            int percent = whole == 0 ? 0 : (int) Math.floor(100.0 * running / whole);
            points.add(new WeekPoint(firstEnd.plusWeeks(w), percent, completions[w]));
        }
        return points;
    }
}
