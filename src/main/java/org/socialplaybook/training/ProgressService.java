package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.Source;
import org.socialplaybook.training.Model.Status;
import org.socialplaybook.training.TrainingStore.Change;

/**
 * Status changes, each recorded in the history with who made it: a learner marks their own modules started or
 * completed (or undoes that) with view permission on the page; a trainer (page edit permission) sets or waives
 * anyone's status, with a completion date, and records a session's attendees as complete in one transaction.
 */
@Named
public class ProgressService {
    public static final int MAX_NOTE = 450;
    public static final int MAX_ATTENDEES = 500;
    /** How far back a completion date may go. */
    public static final int MAX_YEARS_BACK = 20;

    private final TrainingStore store;
    private final ProgrammeService programmes;
    private final CurrentUser currentUser;
    private final People people;
    private final TimeSource time;

    @Inject
    public ProgressService(TrainingStore store, ProgrammeService programmes, CurrentUser currentUser, People people,
                           TimeSource time) {
        this.store = store;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.people = people;
        this.time = time;
    }

    /** The caller's own module: started, completed today, or back to not started. */
    public Programme setMine(int programmeId, int moduleId, Requests.MyStatusBody body) {
        Programme p = programmes.viewable(programmeId);
        String me = currentUser.requireKey();
        Status status = status(body == null ? null : body.status());
        if (status == Status.WAIVED) {
            throw PlaybookException.forbidden("social-playbook.training.status.waive-trainers-only");
        }
        Module module = programmes.module(p, moduleId);
        LocalDate today = programmes.today();
        write(p, List.of(new Change(module, me, status, status == Status.COMPLETED ? today : null, null, Source.SELF)), me);
        return p;
    }

    /** A trainer sets or waives someone's status on one module. */
    public Programme setFor(int programmeId, String userKey, int moduleId, Requests.StatusBody body) {
        Programme p = programmes.editable(programmeId);
        String actor = currentUser.requireKey();
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        requirePerson(userKey, "userKey");
        Status status = status(body.status());
        Module module = programmes.module(p, moduleId);
        LocalDate completedOn = status == Status.COMPLETED ? completionDate(body.completedOn()) : null;
        write(p, List.of(new Change(module, userKey, status, completedOn, note(body.note()), Source.TRAINER)), actor);
        return p;
    }

    /** A session's attendees completed these modules on that day: one transaction, a history row each. */
    public int recordSession(int programmeId, Requests.SessionBody body) {
        Programme p = programmes.editable(programmeId);
        String actor = currentUser.requireKey();
        if (body == null) {
            throw PlaybookException.invalid("social-playbook.error.malformed-json");
        }
        List<Integer> moduleIds = body.moduleIds() == null ? List.of() : body.moduleIds();
        if (moduleIds.isEmpty()) {
            throw PlaybookException.invalidField("moduleIds", "social-playbook.training.session.modules-required");
        }
        List<Module> modules = programmes.modulesByIds(p, moduleIds);
        LinkedHashSet<String> attendees = new LinkedHashSet<>(body.attendees() == null ? List.of() : body.attendees());
        if (attendees.isEmpty()) {
            throw PlaybookException.invalidField("attendees", "social-playbook.training.session.attendees-required");
        }
        if (attendees.size() > MAX_ATTENDEES) {
            throw PlaybookException.invalidField("attendees", "social-playbook.training.session.too-many", MAX_ATTENDEES);
        }
        for (String attendee : attendees) {
            requirePerson(attendee, "attendees");
        }
        LocalDate completedOn = completionDate(body.completedOn());
        String note = note(body.note());
        List<Change> changes = new ArrayList<>();
        for (String attendee : attendees) {
            for (Module m : modules) {
                changes.add(new Change(m, attendee, Status.COMPLETED, completedOn, note, Source.SESSION));
            }
        }
        return write(p, changes, actor);
    }

    /** Rows of a checked CSV file, as the caller (a trainer; the caller checked edit permission). */
    int applyImport(Programme p, List<Change> changes) {
        return write(p, changes, currentUser.requireKey());
    }

    int write(Programme p, List<Change> changes, String actor) {
        LocalDate today = programmes.today();
        store.ensureLearners(p.id(), changes.stream().map(Change::userKey).distinct().toList());
        return store.transaction(() -> store.apply(p.id(), changes, actor, time.now(), today));
    }

    private void requirePerson(String userKey, String field) {
        if (userKey == null || !people.exists(userKey)) {
            throw PlaybookException.invalidField(field, "social-playbook.training.status.unknown-person",
                    userKey == null ? "" : userKey);
        }
    }

    static Status status(String raw) {
        if (raw == null || raw.isBlank()) {
            throw PlaybookException.invalidField("status", "social-playbook.training.status.required");
        }
        try {
            return Status.valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw PlaybookException.invalidField("status", "social-playbook.training.status.unknown", raw);
        }
    }

    /** A completion date: today when empty; never in the future nor more than {@link #MAX_YEARS_BACK} years back. */
    LocalDate completionDate(String raw) {
        LocalDate today = programmes.today();
        if (raw == null || raw.isBlank()) {
            return today;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw PlaybookException.invalidField("completedOn", "social-playbook.training.status.date-invalid", raw);
        }
        if (day.isAfter(today)) {
            throw PlaybookException.invalidField("completedOn", "social-playbook.training.status.date-future");
        }
        if (day.isBefore(today.minusYears(MAX_YEARS_BACK))) {
            throw PlaybookException.invalidField("completedOn", "social-playbook.training.status.date-old", MAX_YEARS_BACK);
        }
        return day;
    }

    static String note(String raw) {
        String note = raw == null ? "" : raw.strip();
        if (note.length() > MAX_NOTE) {
            throw PlaybookException.invalidField("note", "social-playbook.training.status.note-long", MAX_NOTE);
        }
        return note.isEmpty() ? null : note;
    }
}
