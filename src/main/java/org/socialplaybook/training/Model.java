package org.socialplaybook.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.socialplaybook.platform.IsoText;

/** The training tracker as plain values (the store maps its entities to these; nothing else sees an entity). */
public final class Model {
    private Model() {
    }

    /** What is stored for a person and a module. No row at all is {@link #NOT_STARTED} too. */
    public enum Status { NOT_STARTED, STARTED, COMPLETED, WAIVED }

    /** How a status change came about (kept in the history). */
    public enum Source { SELF, TRAINER, SESSION, IMPORT }

    /**
     * A programme. {@code pageId} is the page that owns it (permissions are asked there); the audience is the union
     * of the users, the groups' members and the holders of the roles of {@code roleMatrix} (every role when
     * {@code roles} is empty); due either on {@code dueOn} or {@code dueDays} after being assigned (or never).
     */
    public record Programme(int id, String spaceKey, String code, String title, long pageId, int version,
                            Audience audience, @IsoText LocalDate dueOn, Integer dueDays, String trainerKey, List<String> teams,
                            String updatedBy, @IsoText Instant updatedAt) {
        public Programme {
            teams = List.copyOf(teams);
        }
    }

    /** Who a programme is for, as configured. */
    public record Audience(List<String> userKeys, List<String> groups, String roleMatrix, List<String> roles) {
        public Audience {
            userKeys = List.copyOf(userKeys);
            groups = List.copyOf(groups);
            roles = List.copyOf(roles);
        }

        public static Audience none() {
            return new Audience(List.of(), List.of(), null, List.of());
        }

        public boolean usesMatrix() {
            return roleMatrix != null && !roleMatrix.isBlank();
        }
    }

    /** A module: the material is on a Confluence page ({@code pageId}) or at a URL; null minutes / validity: unset. */
    public record Module(int id, int programmeId, String title, Long pageId, String url, Integer minutes,
                         boolean required, Integer validMonths, int rank) {
    }

    /** A person's stored state on a module. Dates are days (UTC). */
    public record Progress(int moduleId, String userKey, Status status, @IsoText LocalDate startedOn, @IsoText LocalDate completedOn,
                           String changedBy, @IsoText Instant changedAt, String note) {
    }

    /** A person in a programme's audience since {@code assignedOn}; {@code removedOn} once they left it. */
    public record Assignment(String userKey, @IsoText LocalDate assignedOn, @IsoText LocalDate removedOn) {
        public boolean active() {
            return removedOn == null;
        }
    }

    /** One recorded change. */
    public record HistoryEntry(int id, int moduleId, String moduleTitle, String userKey, Status status, @IsoText LocalDate doneOn,
                               String actorKey, @IsoText Instant changedAt, Source source, String note) {
    }

    /** A learner's check-in after completing the programme. */
    public record Checkin(int id, String userKey, int confidence, boolean needsHelp, String comment, @IsoText Instant createdAt,
                          boolean flagged, Long followUpId, String handledBy, @IsoText Instant handledAt) {
    }

    /** Everything one programme holds that reports need, loaded in a constant number of queries. */
    public record ProgrammeData(Programme programme, List<Module> modules, List<Assignment> assignments,
                                List<Progress> progress) {
        public ProgrammeData {
            modules = List.copyOf(modules);
            assignments = List.copyOf(assignments);
            progress = List.copyOf(progress);
        }
    }
}
