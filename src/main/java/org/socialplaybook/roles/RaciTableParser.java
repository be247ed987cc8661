package org.socialplaybook.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a RACI table out of the macro's rich-text body (HTML as Confluence hands it to the macro): the first table;
 * its first row names the roles (a column headed Activity/Task/Actividad holds the activities, one headed
 * Phase/Fase the phases; otherwise the first column holds the activities); each further row is an activity whose
 * cells hold R/A/C/I letters in any case, combinations such as "A/R" split; a row with a single cell starts a phase.
 * Plain Java: a small tolerant tokenizer, no HTML library.
 */
public final class RaciTableParser {
    static final int MAX_ROLES = RoleMatrixService.MAX_ROLES;
    static final int MAX_ACTIVITIES = RoleMatrixService.MAX_ACTIVITIES;

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>");
    private static final Pattern COLSPAN = Pattern.compile("colspan\\s*=\\s*[\"']?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Set<String> ACTIVITY_HEADERS = Set.of("activity", "activities", "task", "tasks", "actividad",
            "actividades", "tarea", "tareas", "");
    private static final Set<String> PHASE_HEADERS = Set.of("phase", "phases", "stage", "fase", "fases", "etapa");

    /** What the table holds: role names in column order, activity rows, and how many cells could not be read. */
    public record SeedTable(List<String> roles, List<SeedRow> rows, int unreadableCells) {
    }

    /** One activity: its phase (or null), its name, and its letters per role (same order as the roles). */
    public record SeedRow(String phase, String activity, List<Letters> letters) {
    }

    private RaciTableParser() {
    }

    /**
     * Whether a macro body holds nothing a person wrote: no text once tags are dropped and entities read, only
     * whitespace and no-break spaces. What Confluence's editor leaves in an emptied body ({@code <p></p>},
     * {@code <p><br/></p>}, {@code <p>&nbsp;</p>}) counts as no body.
     */
    public static boolean looksEmpty(String bodyHtml) {
        if (bodyHtml == null || bodyHtml.isBlank()) {
            return true;
        }
        String text = decode(TAG.matcher(bodyHtml).replaceAll(" "));
        return text.replace('\u00a0', ' ').replace('\u200b', ' ').isBlank();
    }

    /** The table in the body, or empty when there is none or it names no roles. */
    public static Optional<SeedTable> parse(String bodyHtml) {
        if (looksEmpty(bodyHtml)) {
            return Optional.empty();
        }
        List<List<RawCell>> rows = rows(bodyHtml);
        if (rows.size() < 1) {
            return Optional.empty();
        }
        List<RawCell> header = rows.get(0);
        int activityColumn = -1;
        int phaseColumn = -1;
        List<Integer> roleColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String key = Names.key(header.get(i).text());
            if (activityColumn < 0 && ACTIVITY_HEADERS.contains(key)) {
                activityColumn = i;
            } else if (phaseColumn < 0 && PHASE_HEADERS.contains(key)) {
                phaseColumn = i;
            } else {
                roleColumns.add(i);
            }
        }
        if (activityColumn < 0) {
            activityColumn = roleColumns.isEmpty() ? 0 : roleColumns.remove(0);
        }
        if (roleColumns.size() > MAX_ROLES) {
            roleColumns = roleColumns.subList(0, MAX_ROLES);
        }
        if (roleColumns.isEmpty()) {
            return Optional.empty();
        }
        List<String> roles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int column : roleColumns) {
            String name = truncate(Names.clean(header.get(column).text()), Names.MAX_NAME);
            if (name.isEmpty()) {
                name = "Role " + (roles.size() + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(Names.key(unique)); n++) {
                unique = truncate(name, Names.MAX_NAME - 4) + " " + n;
            }
            roles.add(unique);
        }
        List<SeedRow> activities = new ArrayList<>();
        String phase = null;
        int unreadable = 0;
        for (List<RawCell> row : rows.subList(1, rows.size())) {
            if (activities.size() >= MAX_ACTIVITIES) {
                break;
            }
            if (row.size() == 1 && header.size() > 1) {
                String text = Names.clean(row.get(0).text());
                phase = text.isEmpty() ? null : truncate(text, Names.MAX_PHASE);
                continue;
            }
            String name = activityColumn < row.size() ? truncate(Names.clean(row.get(activityColumn).text()), Names.MAX_NAME) : "";
            if (name.isEmpty()) {
                continue;
            }
            String rowPhase = phase;
            if (phaseColumn >= 0 && phaseColumn < row.size()) {
                String p = Names.clean(row.get(phaseColumn).text());
                rowPhase = p.isEmpty() ? phase : truncate(p, Names.MAX_PHASE);
            }
            List<Letters> letters = new ArrayList<>();
            for (int column : roleColumns) {
                String text = column < row.size() ? row.get(column).text() : "";
                Optional<Letters> parsed = Letters.parseLenient(text);
                if (parsed.isEmpty()) {
                    unreadable++;
                }
                letters.add(parsed.orElse(Letters.NONE));
            }
            activities.add(new SeedRow(rowPhase, name, letters));
        }
        return Optional.of(new SeedTable(roles, activities, unreadable));
    }

    private record RawCell(String text, int colspan) {
    }

    /** The rows of the first table (cells expanded by colspan, except a row that is one spanning cell). */
    private static List<List<RawCell>> rows(String html) {
        List<List<RawCell>> rows = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int depth = 0;
        boolean done = false;
        List<RawCell> row = null;
        StringBuilder cell = null;
        int colspan = 1;
        int last = 0;
        while (!done && m.find()) {
            if (cell != null && depth == 1) {
                cell.append(html, last, m.start());
            }
            last = m.end();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            switch (tag) {
                case "table" -> {
                    if (closing) {
                        depth--;
                        done = depth == 0;
                    } else {
                        depth++;
                    }
                }
                case "tr" -> {
                    if (depth != 1) {
                        break;
                    }
                    if (!closing) {
                        row = new ArrayList<>();
                    } else if (row != null) {
                        closeCell(row, cell, colspan);
                        cell = null;
                        rows.add(row);
                        row = null;
                    }
                }
                case "td", "th" -> {
                    if (depth != 1 || row == null) {
                        break;
                    }
                    closeCell(row, cell, colspan);
                    cell = null;
                    if (!closing) {
                        cell = new StringBuilder();
                        Matcher span = COLSPAN.matcher(m.group(3));
                        colspan = span.find() ? Math.max(1, Math.min(Integer.parseInt(span.group(1)), MAX_ROLES + 2)) : 1;
                    }
                }
                case "br", "p", "div", "li" -> {
                    if (cell != null && depth == 1) {
                        cell.append(' ');
                    }
                }
                default -> { }
            }
        }
        return rows.stream().map(RaciTableParser::expand).toList();
    }

    private static void closeCell(List<RawCell> row, StringBuilder cell, int colspan) {
        if (cell != null) {
            row.add(new RawCell(decode(cell.toString()), colspan));
        }
    }

    private static List<RawCell> expand(List<RawCell> row) {
        if (row.size() == 1) {
            return row;
        }
        List<RawCell> expanded = new ArrayList<>();
        for (RawCell c : row) {
            expanded.add(c);
            for (int i = 1; i < c.colspan(); i++) {
                expanded.add(new RawCell("", 1));
            }
        }
        return expanded;
    }

    static String decode(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                replacement = codePoint(e.substring(2), 16);
            } else if (e.startsWith("#")) {
                replacement = codePoint(e.substring(1), 10);
            } else {
                replacement = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    case "nbsp" -> " ";
                    case "ndash" -> "\u2013";
                    case "mdash" -> "\u2014";
                    default -> m.group();
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).trim();
    }
}
