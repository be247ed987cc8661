package org.socialplaybook.training;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socialplaybook.platform.Csv;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.Person;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Source;
import org.socialplaybook.training.Model.Status;
import org.socialplaybook.training.TrainingRules.ModuleStanding;
import org.socialplaybook.training.TrainingRules.Standing;
import org.socialplaybook.training.TrainingStore.Change;

/**
 * CSV out and in. The export has one row per learner and module with the state reports show (formula-safe). The
 * import reads Username, Module, Status and optionally Completed on and Note; its preview lists every change and
 * every bad row by line number and changes nothing; importing applies all rows in one transaction, and is refused
 * while any row is bad. An export can be imported back.
 */
@Named
public class TrainingCsv {
    static final String USERNAME = "Username";
    static final String NAME = "Name";
    static final String MODULE = "Module";
    static final String REQUIRED = "Required";
    static final String STATUS = "Status";
    static final String COMPLETED_ON = "Completed on";
    static final String VALID_UNTIL = "Valid until";
    static final String DUE = "Due";
    static final String OVERDUE = "Overdue";
    static final String NOTE = "Note";
    static final List<String> HEADER = List.of(USERNAME, NAME, MODULE, REQUIRED, STATUS, COMPLETED_ON, VALID_UNTIL, DUE,
            OVERDUE, NOTE);

    /** Status words an import accepts (English and Spanish, any case), and what each means. */
    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("not started", Status.NOT_STARTED), Map.entry("not_started", Status.NOT_STARTED),
            Map.entry("not-started", Status.NOT_STARTED), Map.entry("no iniciado", Status.NOT_STARTED),
            Map.entry("started", Status.STARTED), Map.entry("in progress", Status.STARTED),
            Map.entry("en curso", Status.STARTED), Map.entry("iniciado", Status.STARTED),
            Map.entry("completed", Status.COMPLETED), Map.entry("complete", Status.COMPLETED),
            Map.entry("done", Status.COMPLETED), Map.entry("refresher due", Status.COMPLETED),
            Map.entry("completado", Status.COMPLETED), Map.entry("repaso pendiente", Status.COMPLETED),
            Map.entry("waived", Status.WAIVED), Map.entry("exento", Status.WAIVED), Map.entry("eximido", Status.WAIVED));

    private final TrainingReports reports;
    private final ProgrammeService programmes;
    private final ProgressService progress;
    private final People people;
    private final I18nResolver i18n;

    @Inject
    public TrainingCsv(TrainingReports reports, ProgrammeService programmes, ProgressService progress, People people,
                       @ComponentImport I18nResolver i18n) {
        this.reports = reports;
        this.programmes = programmes;
        this.progress = progress;
        this.people = people;
        this.i18n = i18n;
    }

    // --- export ---

    public String export(int programmeId) {
        Programme p = programmes.editable(programmeId);
        TrainingReports.Snapshot s = reports.snapshot(p);
        Map<String, Map<Integer, Progress>> full = reports.fullProgress(p);
        List<List<String>> rows = new ArrayList<>();
        Map<String, Person> described = people.describeAll(s.standings().keySet());
        List<Standing> standings = new ArrayList<>(s.standings().values());
        standings.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(described.get(a.userKey()).displayName(),
                described.get(b.userKey()).displayName()));
        for (Standing standing : standings) {
            Person person = described.get(standing.userKey());
            Map<Integer, Progress> mine = full.getOrDefault(standing.userKey(), Map.of());
            for (Module m : s.modules()) {
                ModuleStanding ms = standing.module(m.id());
                Progress row = mine.get(m.id());
                rows.add(List.of(person.username() == null ? standing.userKey() : person.username(), person.displayName(),
                        m.title(), m.required() ? "yes" : "no", word(ms), text(ms.completedOn()), text(ms.validUntil()),
                        text(ms.due()), ms.overdue() ? "yes" : "no", row == null || row.note() == null ? "" : row.note()));
            }
        }
        return Csv.write(HEADER, rows);
    }

    static String word(ModuleStanding ms) {
        return switch (ms.state()) {
            case NOT_STARTED -> "not started";
            case IN_PROGRESS -> "in progress";
            case COMPLETED -> "completed";
            case WAIVED -> "waived";
            case REFRESHER_DUE -> "refresher due";
        };
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    // --- import ---

    /** One change the file makes. {@code from}/{@code to} are status words; {@code date} the completion date. */
    public record ImportChange(long line, String username, String name, String module, String from, String to,
                               String date, boolean inAudience) {
    }

    public record Problem(long line, String message) {
    }

    /** What importing the file would do: the changes, how many rows change nothing, the bad rows. */
    public record Preview(int rows, List<ImportChange> changes, int unchanged, List<Problem> errors, List<Problem> warnings) {
    }

    public Preview preview(int programmeId, Requests.ImportBody body) {
        Programme p = programmes.editable(programmeId);
        return parse(p, body).preview();
    }

    /** Applies the file; 400 (nothing changed) while any row is bad. Returns how many changes were written. */
    public int apply(int programmeId, Requests.ImportBody body) {
        Programme p = programmes.editable(programmeId);
        Parsed parsed = parse(p, body);
        if (!parsed.preview().errors().isEmpty()) {
            throw PlaybookException.invalid("social-playbook.training.import.has-errors", parsed.preview().errors().size());
        }
        return progress.applyImport(p, parsed.changes());
    }

    private record Parsed(Preview preview, List<Change> changes) {
    }

    private Parsed parse(Programme p, Requests.ImportBody body) {
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        List<Csv.Row> rows = Csv.read(body.csv(), List.of(USERNAME, MODULE, STATUS));
        TrainingReports.Snapshot s = reports.snapshot(p);
        Map<String, Map<Integer, Progress>> full = reports.fullProgress(p);
        Map<String, Module> modules = new HashMap<>();
        s.modules().forEach(m -> modules.put(m.title().toLowerCase(Locale.ROOT), m));
        Map<String, Optional<Person>> found = new HashMap<>();
        Map<String, Change> byTarget = new java.util.LinkedHashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        List<ImportChange> changes = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        int unchanged = 0;
        LocalDate today = programmes.today();
        for (Csv.Row row : rows) {
            String username = row.get(USERNAME);
            Optional<Person> person = username.isEmpty() ? Optional.empty()
                    : found.computeIfAbsent(username, u -> people.byUsername(u).or(() ->
                        people.exists(u) ? Optional.of(people.describe(u)) : Optional.empty()));
            if (person.isEmpty()) {
                errors.add(problem(row, "social-playbook.training.import.unknown-user", username));
                continue;
            }
            Module module = modules.get(cell(row, MODULE).toLowerCase(Locale.ROOT));
            if (module == null) {
                errors.add(problem(row, "social-playbook.training.import.unknown-module", cell(row, MODULE)));
                continue;
            }
            Status status = WORDS.get(row.get(STATUS).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (status == null) {
                try {
                    status = Status.valueOf(row.get(STATUS).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(problem(row, "social-playbook.training.import.unknown-status", row.get(STATUS)));
                    continue;
                }
            }
            LocalDate date = null;
            if (status == Status.COMPLETED) {
                String raw = row.get(COMPLETED_ON);
                try {
                    date = raw.isEmpty() ? today : LocalDate.parse(raw);
                } catch (DateTimeParseException e) {
                    errors.add(problem(row, "social-playbook.training.import.bad-date", raw));
                    continue;
                }
                if (date.isAfter(today)) {
                    errors.add(problem(row, "social-playbook.training.import.future-date", raw));
                    continue;
                }
            }
            String note = cell(row, NOTE);
            if (note.length() > ProgressService.MAX_NOTE) {
                errors.add(problem(row, "social-playbook.training.import.note-long", ProgressService.MAX_NOTE));
                continue;
            }
            String userKey = person.get().key();
            String target = userKey + ":" + module.id();
            if (byTarget.containsKey(target)) {
                errors.add(problem(row, "social-playbook.training.import.duplicate", lineOf.get(target)));
                continue;
            }
            Progress current = full.getOrDefault(userKey, Map.of()).get(module.id());
            Status from = current == null ? Status.NOT_STARTED : current.status();
            LocalDate fromDate = current == null ? null : current.completedOn();
            String cleanNote = note.isEmpty() ? null : note;
            boolean same = from == status && java.util.Objects.equals(fromDate, date)
                    && java.util.Objects.equals(current == null ? null : current.note(), cleanNote);
            lineOf.put(target, row.line());
            byTarget.put(target, new Change(module, userKey, status, date, cleanNote, Source.IMPORT));
            boolean inAudience = s.inAudience(userKey);
            if (!inAudience) {
                warnings.add(problem(row, "social-playbook.training.import.not-in-audience", person.get().displayName()));
            }
            if (same) {
                unchanged++;
                continue;
            }
            changes.add(new ImportChange(row.line(), person.get().username(), person.get().displayName(), module.title(),
                    from.name(), status.name(), date == null ? null : date.toString(), inAudience));
        }
        return new Parsed(new Preview(rows.size(), changes, unchanged, errors, warnings), List.copyOf(byTarget.values()));
    }

    /**
     * A cell as written, without the apostrophe an export puts before a leading = + - @ (so that a spreadsheet never
     * runs it as a formula): an export imported back changes nothing.
     */
    static String cell(Csv.Row row, String column) {
        String value = row.get(column);
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private Problem problem(Csv.Row row, String key, Serializable... arguments) {
        return new Problem(row.line(), i18n.getText("social-playbook.training.import.line", row.line(), i18n.getText(key, arguments)));
    }
}
