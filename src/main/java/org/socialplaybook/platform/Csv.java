package org.socialplaybook.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in and out for every capability's export and import, with Commons CSV. Exports are safe to open in a
 * spreadsheet (a cell starting with {@code = + - @} is prefixed with {@code '} so it is never run as a formula);
 * imports report each bad row by its line number instead of failing as a whole.
 */
public final class Csv {
    /** The most rows an import reads; more is refused as a whole (a clear 400, nothing changed). */
    public static final int MAX_IMPORT_ROWS = 10_000;

    private Csv() {
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        String[] safeHeader = header.stream().map(Csv::neutralizeFormula).toArray(String[]::new);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(safeHeader).get())) {
            for (List<String> row : rows) {
                List<String> safe = new ArrayList<>(row.size());
                for (String cell : row) {
                    safe.add(neutralizeFormula(cell));
                }
                printer.printRecord(safe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String neutralizeFormula(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** The 1-based line on which the character at {@code position} stands. */
    private static long lineOf(String text, long position) {
        long start = position;
        while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
            start++; // a record's position can fall on the blank lines the parser skipped before it
        }
        long line = 1;
        for (int i = 0; i < start && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One data row of an import: its line in the file (the header is line 1) and its cells by header name. */
    public record Row(long line, java.util.Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column.toLowerCase(Locale.ROOT));
            return value == null ? "" : value.trim();
        }
    }

    /**
     * Reads CSV text with a header row (column names compared ignoring case). Missing required columns, text that
     * is not CSV, or more than {@link #MAX_IMPORT_ROWS} rows: a 400 {@link PlaybookException}, nothing read.
     */
    public static List<Row> read(String text, List<String> requiredColumns) {
        if (text == null || text.isBlank()) {
            throw PlaybookException.invalid("social-playbook.csv.empty");
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            for (String required : requiredColumns) {
                if (!header.contains(required.toLowerCase(Locale.ROOT))) {
                    throw PlaybookException.invalid("social-playbook.csv.missing-column", required);
                }
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_IMPORT_ROWS) {
                    throw PlaybookException.invalid("social-playbook.csv.too-many-rows", MAX_IMPORT_ROWS);
                }
                java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row(lineOf(body, record.getCharacterPosition()), cells));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw PlaybookException.invalid("social-playbook.csv.unreadable");
        }
        return rows;
    }
}
