package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.training.Model.Assignment;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.ProgrammeData;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.TrainingRules.PersonState;
import org.socialplaybook.training.TrainingRules.Standing;

/**
 * The read side: where everyone in a programme stands, computed from four queries (modules, assignments, progress,
 * plus the role directory's two) whatever the number of learners, and the people grid filtered, sorted and paged
 * on the server. The macro's render also records who joined or left the audience since the last one.
 */
@Named
public class TrainingReports {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingReports.class);
    public static final int MAX_PAGE = 100;

    private final TrainingStore store;
    private final AudienceResolver resolver;
    private final People people;
    private final TimeSource time;

    @Inject
    public TrainingReports(TrainingStore store, AudienceResolver resolver, People people, TimeSource time) {
        this.store = store;
        this.resolver = resolver;
        this.people = people;
        this.time = time;
    }

    /** Everything about one programme now: the audience, each learner's rows and standing. */
    public record Snapshot(ProgrammeData data, AudienceResolver.Resolved audience, Map<String, Assignment> assignments,
                           Map<String, Map<Integer, Progress>> progress, Map<String, Standing> standings, @IsoText LocalDate today) {
        public Programme programme() {
            return data.programme();
        }

        public List<Module> modules() {
            return data.modules();
        }

        public boolean inAudience(String userKey) {
            return userKey != null && standings.containsKey(userKey);
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(time.now(), ZoneOffset.UTC);
    }

    /** The programme's state now, without writing anything (REST reads, the overview). */
    public Snapshot snapshot(Programme programme) {
        return build(store.load(programme), resolver.resolve(programme), today());
    }

    /** Several programmes' state now, in a constant number of queries (the audiences' role matrices asked once each). */
    public List<Snapshot> snapshots(List<Programme> programmes) {
        LocalDate today = today();
        Map<Integer, AudienceResolver.Resolved> audiences = resolver.resolveAll(programmes);
        List<Snapshot> all = new ArrayList<>();
        for (ProgrammeData data : store.loadAll(programmes)) {
            all.add(build(data, audiences.get(data.programme().id()), today));
        }
        return all;
    }

    /**
     * The snapshot for a page render, which also records assignments: newcomers to the audience are assigned today
     * (their "due N days" starts), people who left are marked removed. Only changes are written; a race with another
     * render (unique keys) loses nothing, the other render recorded the same.
     */
    public Snapshot snapshotAndRecord(Programme programme) {
        ProgrammeData data = store.load(programme);
        AudienceResolver.Resolved audience = resolver.resolve(programme);
        LocalDate today = today();
        Map<String, Assignment> recorded = new HashMap<>();
        data.assignments().forEach(a -> recorded.put(a.userKey(), a));
        boolean changed = audience.learners().stream().anyMatch(k -> recorded.get(k) == null || !recorded.get(k).active())
                || recorded.values().stream().anyMatch(a -> a.active() && !audience.learners().contains(a.userKey()));
        if (changed) {
            try {
                store.transaction(() -> store.syncAssignments(programme.id(), audience.learners(), today));
                data = store.load(programme);
            } catch (RuntimeException raced) {
                LOG.debug("Assignments of programme {} were recorded by another request", programme.id(), raced);
            }
        }
        return build(data, audience, today);
    }

    private static Snapshot build(ProgrammeData data, AudienceResolver.Resolved audience, LocalDate today) {
        Map<String, Assignment> assignments = new HashMap<>();
        data.assignments().forEach(a -> assignments.put(a.userKey(), a));
        Map<String, Map<Integer, Progress>> progress = new HashMap<>();
        for (Progress p : data.progress()) {
            progress.computeIfAbsent(p.userKey(), k -> new HashMap<>()).put(p.moduleId(), p);
        }
        Map<String, Standing> standings = new LinkedHashMap<>();
        for (String learner : audience.learners()) {
            Assignment a = assignments.get(learner);
            LocalDate assignedOn = a != null && a.active() ? a.assignedOn() : today;
            standings.put(learner, TrainingRules.standing(data.programme(), data.modules(), learner, assignedOn,
                    progress.getOrDefault(learner, Map.of()), today));
        }
        return new Snapshot(data, audience, assignments, progress, standings, today);
    }

    /** Where someone stands: their standing as a learner, or (not in the audience) their own rows without a due date. */
    public Standing standingOf(Snapshot snapshot, String userKey) {
        Standing standing = snapshot.standings().get(userKey);
        if (standing != null) {
            return standing;
        }
        return TrainingRules.standing(withoutDue(snapshot.programme()), snapshot.modules(), userKey, null,
                snapshot.progress().getOrDefault(userKey, Map.of()), snapshot.today());
    }

    /** One person's view of a programme: their standing, whether it is assigned to them, their rows. */
    public record Personal(Standing standing, boolean inAudience, Map<Integer, Progress> rows) {
    }

    /**
     * Where one person stands, without loading everyone: the audience (to know if it is theirs), the modules, their
     * rows and their assignment. For a learner's own clicks.
     */
    public Personal personal(Programme programme, String userKey) {
        boolean inAudience = resolver.resolve(programme).learners().contains(userKey);
        List<Module> modules = store.modules(programme.id());
        Map<Integer, Progress> rows = new HashMap<>();
        store.progressOf(programme.id(), userKey).forEach(r -> rows.put(r.moduleId(), r));
        LocalDate today = today();
        Standing standing;
        if (inAudience) {
            LocalDate assignedOn = store.assignmentOf(programme.id(), userKey).filter(Assignment::active)
                    .map(Assignment::assignedOn).orElse(today);
            standing = TrainingRules.standing(programme, modules, userKey, assignedOn, rows, today);
        } else {
            standing = TrainingRules.standing(withoutDue(programme), modules, userKey, null, rows, today);
        }
        return new Personal(standing, inAudience, rows);
    }

    private static Programme withoutDue(Programme p) {
        return new Programme(p.id(), p.spaceKey(), p.code(), p.title(), p.pageId(), p.version(), p.audience(), null, null,
                p.trainerKey(), p.teams(), p.updatedBy(), p.updatedAt());
    }

    /** Everyone's rows with who changed them and the notes, by person and module (CSV export and import). */
    public Map<String, Map<Integer, Progress>> fullProgress(Programme programme) {
        Map<String, Map<Integer, Progress>> rows = new HashMap<>();
        for (Progress p : store.progressRows(programme.id())) {
            rows.computeIfAbsent(p.userKey(), k -> new HashMap<>()).put(p.moduleId(), p);
        }
        return rows;
    }

    /** One person's rows with who changed them and the notes (their own view of the programme). */
    public Map<Integer, Progress> rowsOf(Programme programme, String userKey) {
        Map<Integer, Progress> rows = new HashMap<>();
        store.progressOf(programme.id(), userKey).forEach(r -> rows.put(r.moduleId(), r));
        return rows;
    }

    public static final int MAX_HISTORY = 200;

    /** A person's recorded changes in the programme, newest first. */
    public List<Model.HistoryEntry> history(Programme programme, String userKey) {
        return store.history(programme.id(), userKey, MAX_HISTORY);
    }

    public TrainingRules.Figures figures(Snapshot snapshot) {
        return TrainingRules.figures(snapshot.modules(), snapshot.standings().values());
    }

    public List<TrainingRules.WeekPoint> chart(Snapshot snapshot) {
        return TrainingRules.chart(snapshot.modules(), snapshot.standings().keySet(), snapshot.progress(), snapshot.today());
    }

    // --- the people grid ---

    /** The grid's filters: a team (group), a role, a status, text in the name; sorted by name, progress or due date. */
    public record GridQuery(String team, String role, String status, String text, String sort, int offset, int limit) {
    }

    /** One row: the person, their roles in the audience's matrix, their standing. */
    public record GridRow(Person person, List<String> roles, Standing standing) {
    }

    public record GridPage(int total, int learners, int offset, int limit, List<GridRow> rows, List<String> teams,
                           List<String> roles) {
    }

    static final List<String> STATUSES = List.of("all", "overdue", "refresher", "incomplete", "not-started", "in-progress",
            "complete");
    static final List<String> SORTS = List.of("name", "progress", "due");

    public GridPage grid(Snapshot snapshot, GridQuery q, Locale locale) {
        if (q.limit() < 1 || q.limit() > MAX_PAGE) {
            throw PlaybookException.invalidField("limit", "social-playbook.training.grid.limit", MAX_PAGE);
        }
        if (q.offset() < 0) {
            throw PlaybookException.invalidField("offset", "social-playbook.training.grid.offset");
        }
        String status = blank(q.status()) ? "all" : q.status();
        if (!STATUSES.contains(status)) {
            throw PlaybookException.invalidField("status", "social-playbook.training.grid.status", status);
        }
        String sort = blank(q.sort()) ? "name" : q.sort();
        if (!SORTS.contains(sort)) {
            throw PlaybookException.invalidField("sort", "social-playbook.training.grid.sort", sort);
        }
        List<String> teams = teams(snapshot.programme());
        Map<String, Set<String>> roles = snapshot.audience().roles();
        Set<String> inTeam = null;
        if (!blank(q.team())) {
            String team = teams.stream().filter(t -> t.equalsIgnoreCase(q.team())).findFirst().orElseThrow(() ->
                    PlaybookException.invalidField("team", "social-playbook.training.grid.team", q.team()));
            inTeam = people.membersOf(team);
        }
        Set<String> withRole = null;
        if (!blank(q.role())) {
            String role = roles.keySet().stream().filter(r -> r.equalsIgnoreCase(q.role())).findFirst().orElseThrow(() ->
                    PlaybookException.invalidField("role", "social-playbook.training.grid.role", q.role()));
            withRole = roles.get(role);
        }
        String text = blank(q.text()) ? null : q.text().strip().toLowerCase(Locale.ROOT);
        List<GridRow> matching = new ArrayList<>();
        for (Standing s : snapshot.standings().values()) {
            if ((inTeam != null && !inTeam.contains(s.userKey())) || (withRole != null && !withRole.contains(s.userKey()))
                    || !matches(s, status)) {
                continue;
            }
            Person person = people.describe(s.userKey());
            if (text != null && !contains(person, text)) {
                continue;
            }
            matching.add(new GridRow(person, List.of(), s));
        }
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        Comparator<GridRow> byName = (a, b) -> collator.compare(a.person().displayName(), b.person().displayName());
        Comparator<GridRow> order = switch (sort) {
            case "progress" -> Comparator.<GridRow>comparingInt(r -> r.standing().percent()).thenComparing(byName);
            case "due" -> Comparator.<GridRow, LocalDate>comparing(r -> r.standing().due(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            default -> byName;
        };
        matching.sort(order);
        List<GridRow> page = new ArrayList<>();
        for (int i = q.offset(); i < matching.size() && page.size() < q.limit(); i++) {
            GridRow row = matching.get(i);
            page.add(new GridRow(row.person(), rolesOf(roles, row.person().key()), row.standing()));
        }
        return new GridPage(matching.size(), snapshot.standings().size(), q.offset(), q.limit(), page, teams,
                List.copyOf(roles.keySet()));
    }

    /** The groups offered as teams: the macro's {@code teams}, then the audience's groups. */
    public static List<String> teams(Programme p) {
        Set<String> teams = new LinkedHashSet<>(p.teams());
        teams.addAll(p.audience().groups());
        return List.copyOf(teams);
    }

    static boolean matches(Standing s, String status) {
        return switch (status) {
            case "overdue" -> s.overdue();
            case "refresher" -> s.refresherDue();
            case "incomplete" -> s.state() != PersonState.COMPLETE;
            case "not-started" -> s.state() == PersonState.NOT_STARTED;
            case "in-progress" -> s.state() == PersonState.IN_PROGRESS;
            case "complete" -> s.state() == PersonState.COMPLETE;
            default -> true;
        };
    }

    private static boolean contains(Person p, String text) {
        return (p.displayName() != null && p.displayName().toLowerCase(Locale.ROOT).contains(text))
                || (p.username() != null && p.username().toLowerCase(Locale.ROOT).contains(text));
    }

    private static List<String> rolesOf(Map<String, Set<String>> roles, String userKey) {
        List<String> held = new ArrayList<>();
        roles.forEach((name, holders) -> {
            if (holders.contains(userKey)) {
                held.add(name);
            }
        });
        return held;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
