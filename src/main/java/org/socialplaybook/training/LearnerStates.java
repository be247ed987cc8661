package org.socialplaybook.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Status;

/**
 * The compact copy of a learner's module states kept on their {@link LearnerEntity} row, for reports:
 * {@code moduleId:S:completedDay:changedDay} per started (S), completed (C) or waived (W) module, joined by
 * {@code ;}, days as epoch days. It carries what the figures, the grid and the chart need; who changed a status and
 * the note stay in the {@link ProgressEntity} rows (read for one person, or for CSV).
 */
public final class LearnerStates {
    private LearnerStates() {
    }

    public static String encode(Collection<Progress> rows) {
        List<Progress> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(Progress::moduleId));
        StringBuilder out = new StringBuilder();
        for (Progress p : sorted) {
            if (p.status() == Status.NOT_STARTED) {
                continue;
            }
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(p.moduleId()).append(':').append(code(p.status())).append(':');
            if (p.completedOn() != null) {
                out.append(p.completedOn().toEpochDay());
            }
            out.append(':');
            if (p.changedAt() != null) {
                out.append(p.changedAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay());
            }
        }
        return out.toString();
    }

    /** The learner's rows as reports see them (no started day, author or note); malformed entries are skipped. */
    public static List<Progress> decode(String userKey, String states) {
        List<Progress> rows = new ArrayList<>();
        if (states == null || states.isEmpty()) {
            return rows;
        }
        int start = 0;
        int length = states.length();
        while (start < length) {
            int end = states.indexOf(';', start);
            if (end < 0) {
                end = length;
            }
            Progress p = entry(userKey, states, start, end);
            if (p != null) {
                rows.add(p);
            }
            start = end + 1;
        }
        return rows;
    }

    private static Progress entry(String userKey, String s, int from, int to) {
        int a = s.indexOf(':', from);
        int b = a < 0 ? -1 : s.indexOf(':', a + 1);
        int c = b < 0 ? -1 : s.indexOf(':', b + 1);
        if (a < 0 || b < 0 || c < 0 || c >= to || b != a + 2) {
            return null;
        }
        try {
            int moduleId = Integer.parseInt(s, from, a, 10);
            Status status = status(s.charAt(a + 1));
            LocalDate completed = b + 1 == c ? null : LocalDate.ofEpochDay(Long.parseLong(s, b + 1, c, 10));
            Instant changed = c + 1 == to ? null
                    : LocalDate.ofEpochDay(Long.parseLong(s, c + 1, to, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
            return status == null ? null : new Progress(moduleId, userKey, status, null, completed, null, changed, null);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static char code(Status status) {
        return switch (status) {
            case STARTED -> 'S';
            case COMPLETED -> 'C';
            case WAIVED -> 'W';
            case NOT_STARTED -> 'N';
        };
    }

    private static Status status(char code) {
        return switch (code) {
            case 'S' -> Status.STARTED;
            case 'C' -> Status.COMPLETED;
            case 'W' -> Status.WAIVED;
            default -> null;
        };
    }
}
