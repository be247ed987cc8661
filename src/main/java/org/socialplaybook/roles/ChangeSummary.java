package org.socialplaybook.roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialplaybook.platform.IsoText;

/**
 * A week of a space's role matrix change log, summarised per matrix as its net changes: what differs between the
 * start and the end of the week, counted by kind ("3 cells changed, 1 role added"). In-between states collapse (a
 * cell set R, A, then R again is no change; a role added and removed again is nothing; a person added and removed
 * again is nothing; a role renamed and renamed back is nothing); the matrix's creation, seeded from the page's
 * table, is never a change. Roles and activities are followed through their renames within the week. Plain Java.
 */
public final class ChangeSummary {
    /** The kinds of net change, in the order a summary lists them; each has a translated, counted text. */
    public enum Part {
        ROLES_ADDED, ROLES_REMOVED, ROLES_RENAMED, ACTIVITIES_ADDED, ACTIVITIES_REMOVED, ACTIVITIES_CHANGED,
        CELLS_CHANGED, PEOPLE_ADDED, PEOPLE_REMOVED, DEPUTIES_CHANGED, OFFERS_ACCEPTED, ROLES_REORDERED,
        ACTIVITIES_REORDERED, IMPORTED
    }

    /**
     * One matrix's net changes: each kind with its count (only kinds with a count above 0, in {@link Part} order),
     * when it was last changed and who made the changes (user keys, first editor first).
     */
    public record Matrix(int matrixId, String matrixName, long pageId, Map<Part, Integer> parts, @IsoText Instant lastChangedAt,
                         List<String> editors) {
        public Matrix {
            Map<Part, Integer> copy = new EnumMap<>(Part.class);
            copy.putAll(parts);
            parts = java.util.Collections.unmodifiableMap(copy);
            editors = List.copyOf(editors);
        }
    }

    private ChangeSummary() {
    }

    /**
     * The matrices whose net change is not nothing, in the order they were first changed; {@code log} oldest first.
     */
    public static List<Matrix> of(List<ChangeNote.Logged> log) {
        Map<Integer, Tally> tallies = new LinkedHashMap<>();
        for (ChangeNote.Logged logged : log) {
            tallies.computeIfAbsent(logged.matrixId(), id -> new Tally()).add(logged);
        }
        List<Matrix> summaries = new ArrayList<>();
        for (Map.Entry<Integer, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            Map<Part, Integer> parts = t.net();
            if (!parts.isEmpty()) {
                summaries.add(new Matrix(entry.getKey(), t.name, t.pageId, parts, t.lastAt, new ArrayList<>(t.editors)));
            }
        }
        return summaries;
    }

    /** A role or activity followed through the week: its name at the start, now, and whether it came or went. */
    private static final class Track {
        final String firstName;
        String name;
        boolean added;
        boolean removed;
        boolean otherwiseChanged;

        Track(String name, boolean added) {
            this.firstName = name;
            this.name = name;
            this.added = added;
        }
    }

    /** A value followed through the week (a cell's letters, a role's deputy): before the first change, and now. */
    private static final class Value {
        final String before;
        String now;

        Value(String before) {
            this.before = before;
        }

        boolean changed() {
            return before == null || !before.equals(now);
        }
    }

    /** A cell, by its activity and role (followed through renames; compared by identity). */
    private record CellKey(Track activity, Track role) {
    }

    /** A person holding a role. */
    private record HolderKey(Track role, String userKey) {
    }

    private static final class Tally {
        String name;
        long pageId;
        Instant lastAt;
        final Set<String> editors = new LinkedHashSet<>();
        final List<Track> roleTracks = new ArrayList<>();
        final List<Track> activityTracks = new ArrayList<>();
        final Map<String, Track> roles = new HashMap<>();
        final Map<String, Track> activities = new HashMap<>();
        final Map<CellKey, Value> cells = new LinkedHashMap<>();
        final Map<Track, Value> deputies = new LinkedHashMap<>();
        final Map<HolderKey, Integer> holders = new LinkedHashMap<>();
        int offers;
        boolean rolesReordered;
        boolean activitiesReordered;
        int imports;

        void add(ChangeNote.Logged logged) {
            ChangeNote note = logged.note();
            if (note.kind() == ChangeNote.Kind.MATRIX_CREATED) {
                return; // seeded from the page's table: not a change anyone made
            }
            name = logged.matrixName();
            pageId = logged.pageId();
            lastAt = logged.at();
            if (logged.userKey() != null) {
                editors.add(logged.userKey());
            }
            switch (note.kind()) {
                case ROLE_ADDED -> added(roles, roleTracks, note.subject());
                case ROLE_RENAMED -> renamed(roles, roleTracks, note.subject(), note.detail());
                case ROLE_REMOVED -> removed(roles, roleTracks, note.subject());
                case ACTIVITY_ADDED -> added(activities, activityTracks, note.subject());
                case ACTIVITY_CHANGED -> renamed(activities, activityTracks, note.subject(), note.detail());
                case ACTIVITY_REMOVED -> removed(activities, activityTracks, note.subject());
                case CELL_CHANGED -> {
                    CellKey cell = new CellKey(track(activities, activityTracks, note.subject()),
                            track(roles, roleTracks, note.detail()));
                    cells.computeIfAbsent(cell, c -> new Value(note.previous())).now = text(note.extra());
                }
                case PERSON_ADDED, PERSON_REMOVED -> holders.merge(new HolderKey(track(roles, roleTracks, note.subject()),
                        text(note.detail())), note.kind() == ChangeNote.Kind.PERSON_ADDED ? 1 : -1, Integer::sum);
                case DEPUTY_CHANGED -> deputies.computeIfAbsent(track(roles, roleTracks, note.subject()),
                        r -> new Value(note.previous())).now = text(note.detail());
                case OFFER_ACCEPTED -> offers++;
                case ROLES_REORDERED -> rolesReordered = true;
                case ACTIVITIES_REORDERED -> activitiesReordered = true;
                case IMPORTED -> imports++;
                default -> {
                }
            }
        }

        Map<Part, Integer> net() {
            Map<Part, Integer> parts = new EnumMap<>(Part.class);
            for (Track r : roleTracks) {
                count(parts, r.added && !r.removed, Part.ROLES_ADDED);
                count(parts, r.removed && !r.added, Part.ROLES_REMOVED);
                count(parts, !r.added && !r.removed && !Names.key(r.firstName).equals(Names.key(r.name)), Part.ROLES_RENAMED);
            }
            for (Track a : activityTracks) {
                count(parts, a.added && !a.removed, Part.ACTIVITIES_ADDED);
                count(parts, a.removed && !a.added, Part.ACTIVITIES_REMOVED);
                count(parts, !a.added && !a.removed && (a.otherwiseChanged || !a.firstName.equals(a.name)),
                        Part.ACTIVITIES_CHANGED);
            }
            cells.forEach((cell, value) -> count(parts, value.changed() && !cell.activity().removed && !cell.role().removed,
                    Part.CELLS_CHANGED));
            holders.forEach((holder, balance) -> {
                boolean kept = !holder.role().removed;
                count(parts, kept && balance > 0, Part.PEOPLE_ADDED);
                count(parts, kept && balance < 0, Part.PEOPLE_REMOVED);
            });
            deputies.forEach((role, value) -> count(parts, value.changed() && !role.removed, Part.DEPUTIES_CHANGED));
            if (offers > 0) {
                parts.put(Part.OFFERS_ACCEPTED, offers);
            }
            count(parts, rolesReordered, Part.ROLES_REORDERED);
            count(parts, activitiesReordered, Part.ACTIVITIES_REORDERED);
            if (imports > 0) {
                parts.put(Part.IMPORTED, imports);
            }
            return parts;
        }

        private static void count(Map<Part, Integer> parts, boolean counts, Part part) {
            if (counts) {
                parts.merge(part, 1, Integer::sum);
            }
        }

        private static void added(Map<String, Track> byName, List<Track> all, String name) {
            Track t = new Track(text(name), true);
            all.add(t);
            byName.put(Names.key(t.name), t);
        }

        private static void renamed(Map<String, Track> byName, List<Track> all, String from, String to) {
            Track t = track(byName, all, from);
            byName.remove(Names.key(t.name));
            if (Objects.equals(text(from), text(to))) {
                t.otherwiseChanged = true; // same name, another phase
            }
            t.name = text(to);
            byName.put(Names.key(t.name), t);
        }

        private static void removed(Map<String, Track> byName, List<Track> all, String name) {
            Track t = track(byName, all, name);
            t.removed = true;
            byName.remove(Names.key(t.name));
        }

        /** The role or activity now called {@code name}: one seen earlier this week, or one from before the week. */
        private static Track track(Map<String, Track> byName, List<Track> all, String name) {
            return byName.computeIfAbsent(Names.key(text(name)), k -> {
                Track t = new Track(text(name), false);
                all.add(t);
                return t;
            });
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
