package org.socialplaybook.roles;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socialplaybook.platform.Csv;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.MatrixData;
import org.socialplaybook.roles.Model.Role;

/**
 * A matrix as a spreadsheet: columns Phase, Activity, then one column per role holding the letters ("R/A").
 * Reading checks every row and reports each bad one by its line number; nothing is applied here.
 */
public final class RoleMatrixCsv {
    static final String PHASE = "Phase";
    static final String ACTIVITY = "Activity";

    private RoleMatrixCsv() {
    }

    public static String write(MatrixData data) {
        List<String> header = new ArrayList<>(List.of(PHASE, ACTIVITY));
        data.roles().forEach(r -> header.add(r.name()));
        Map<Integer, Map<Integer, Letters>> cells = new HashMap<>();
        for (Cell cell : data.cells()) {
            cells.computeIfAbsent(cell.activityId(), k -> new HashMap<>()).put(cell.roleId(), cell.letters());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : data.activities()) {
            List<String> row = new ArrayList<>(List.of(activity.phase() == null ? "" : activity.phase(), activity.name()));
            Map<Integer, Letters> byRole = cells.getOrDefault(activity.id(), Map.of());
            for (Role role : data.roles()) {
                row.add(byRole.getOrDefault(role.id(), Letters.NONE).display());
            }
            rows.add(row);
        }
        return Csv.write(header, rows);
    }

    /** One problem in the file: its line (1 is the header) and an i18n key with arguments. */
    public record LineError(long line, String key, List<String> arguments) {
    }

    /** One activity read from the file, with its letters per role column (same order as {@code roles}). */
    public record ImportRow(long line, String phase, String activity, List<Letters> letters) {
    }

    /** The whole file read: role columns in order, rows, and every error found. */
    public record Parsed(List<String> roles, List<ImportRow> rows, List<LineError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads the file. A file without an Activity column, that is not CSV, or too big is refused as a whole (400);
     * anything wrong in a row or a role name is a {@link LineError}.
     */
    public static Parsed read(String csv) {
        List<Csv.Row> rows = Csv.read(csv, List.of(ACTIVITY));
        List<String> header = header(csv);
        List<LineError> errors = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> roleColumns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            String name = Names.clean(plain(column));
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("phase") || lower.equals("activity")) {
                continue;
            }
            if (name.isEmpty()) {
                errors.add(new LineError(1, "social-playbook.roles.import.role-name-empty", List.of()));
            } else if (name.length() > Names.MAX_NAME) {
                errors.add(new LineError(1, "social-playbook.roles.import.role-name-long", List.of(name.substring(0, 40), String.valueOf(Names.MAX_NAME))));
            } else if (!seen.add(Names.key(name))) {
                errors.add(new LineError(1, "social-playbook.roles.import.role-twice", List.of(name)));
            } else {
                roles.add(name);
                roleColumns.add(lower);
            }
        }
        if (roles.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(1, "social-playbook.roles.import.no-roles", List.of()));
        }
        if (roles.size() > RoleMatrixService.MAX_ROLES) {
            errors.add(new LineError(1, "social-playbook.roles.import.too-many-roles", List.of(String.valueOf(RoleMatrixService.MAX_ROLES))));
        }
        if (rows.size() > RoleMatrixService.MAX_ACTIVITIES) {
            throw PlaybookException.invalid("social-playbook.roles.import.too-many-activities", RoleMatrixService.MAX_ACTIVITIES);
        }
        List<ImportRow> parsed = new ArrayList<>();
        for (Csv.Row row : rows) {
            String activity = Names.clean(plain(row.get(ACTIVITY)));
            String phase = Names.clean(plain(row.get(PHASE)));
            boolean bad = false;
            if (activity.isEmpty()) {
                errors.add(new LineError(row.line(), "social-playbook.roles.import.activity-empty", List.of()));
                bad = true;
            } else if (activity.length() > Names.MAX_NAME) {
                errors.add(new LineError(row.line(), "social-playbook.roles.import.activity-long", List.of(String.valueOf(Names.MAX_NAME))));
                bad = true;
            }
            if (phase.length() > Names.MAX_PHASE) {
                errors.add(new LineError(row.line(), "social-playbook.roles.import.phase-long", List.of(String.valueOf(Names.MAX_PHASE))));
                bad = true;
            }
            List<Letters> letters = new ArrayList<>();
            for (int i = 0; i < roleColumns.size(); i++) {
                String value = row.cells().getOrDefault(roleColumns.get(i), "");
                String text = plain(value);
                Optional<Letters> l = Letters.parseLenient(text);
                if (l.isEmpty()) {
                    errors.add(new LineError(row.line(), "social-playbook.roles.import.bad-letters",
                            List.of(roles.get(i), shorten(text.trim()))));
                    bad = true;
                }
                letters.add(l.orElse(Letters.NONE));
            }
            if (!bad) {
                parsed.add(new ImportRow(row.line(), phase.isEmpty() ? null : phase, activity, letters));
            }
        }
        return new Parsed(roles, parsed, errors);
    }

    private static List<String> header(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), CSVFormat.RFC4180.builder()
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            for (CSVRecord record : parser) {
                return record.toList();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw PlaybookException.invalid("social-playbook.csv.unreadable");
        }
        throw PlaybookException.invalid("social-playbook.csv.empty");
    }

    /** Undoes the export's formula guard: {@code '=x} was written for {@code =x}. */
    static String plain(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value == null ? "" : value;
    }

    private static String shorten(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
