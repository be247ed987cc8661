package org.socialplaybook.training;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.socialplaybook.platform.FollowUpIntake;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.SpaceDataPort;
import org.socialplaybook.training.Model.Assignment;
import org.socialplaybook.training.Model.Audience;
import org.socialplaybook.training.Model.Checkin;
import org.socialplaybook.training.Model.HistoryEntry;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.ProgrammeData;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Source;
import org.socialplaybook.training.Model.Status;

/**
 * The space's training programmes in an export: settings, modules (their material page by title), and each
 * learner's assignment day and module states (user keys). Imported under new ids; the states are written as one
 * change each by an import ({@link Source#IMPORT} in the history), with the completion days of the source, so
 * validity and refreshers come out the same. The source's history rows (who changed what, when, how) then replace
 * those import rows, so a person's history reads as in the source; a version 1 document, without them, keeps the
 * import rows. Check-ins (confidence, comment, "I need help", handled by whom and when) travel too, each linked to
 * the follow-up it raised ({@code followUp}: its id in the document) and recorded as that follow-up's source.
 */
@Named
public class TrainingTransfer implements SpaceDataPort<TrainingTransfer.ProgrammeItem> {
    private final TrainingStore store;
    private final FollowUpIntake intake;

    @Inject
    public TrainingTransfer(TrainingStore store, FollowUpIntake intake) {
        this.store = store;
        this.intake = intake;
    }

    public record ProgrammeItem(String code, String title, PageLink page, List<String> users, List<String> groups,
                                String matrix, List<String> roles, @IsoText LocalDate dueOn, Integer dueDays,
                                String trainer, List<String> teams, List<ModuleItem> modules, List<LearnerItem> learners,
                                List<CheckinItem> checkins, List<HistoryItem> history) {
        public ProgrammeItem {
            users = users == null ? List.of() : List.copyOf(users);
            groups = groups == null ? List.of() : List.copyOf(groups);
            roles = roles == null ? List.of() : List.copyOf(roles);
            teams = teams == null ? List.of() : List.copyOf(teams);
            modules = modules == null ? List.of() : List.copyOf(modules);
            learners = learners == null ? List.of() : List.copyOf(learners);
            checkins = checkins == null ? List.of() : List.copyOf(checkins);
            history = history == null ? null : List.copyOf(history); // null: a version 1 document
        }
    }

    /** {@code followUp}: the id, in the document, of the follow-up the check-in raised (null: none). */
    public record CheckinItem(String userKey, Integer confidence, boolean needsHelp, String comment,
                              @IsoText Instant createdAt, boolean flagged, Long followUp, String handledBy,
                              @IsoText Instant handledAt) {
    }

    /** One history row, oldest first: the module by title (it may no longer exist), who, what, when, how. */
    public record HistoryItem(String module, String userKey, Status status, @IsoText LocalDate doneOn, String actorKey,
                              @IsoText Instant changedAt, Source source, String note) {
    }

    public record ModuleItem(String title, PageLink page, String url, Integer minutes, boolean required, Integer validMonths) {
    }

    /** {@code states}: module title → its state. */
    public record LearnerItem(String userKey, @IsoText LocalDate assignedOn, Map<String, StateItem> states) {
        public LearnerItem {
            states = states == null ? Map.of() : Map.copyOf(states);
        }
    }

    public record StateItem(Status status, @IsoText LocalDate completedOn, String note, String changedBy) {
    }

    @Override
    public String capability() {
        return "training";
    }

    @Override
    public Class<ProgrammeItem> itemType() {
        return ProgrammeItem.class;
    }

    @Override
    public List<ProgrammeItem> export(String spaceKey, TransferPages pages) {
        List<ProgrammeItem> items = new ArrayList<>();
        for (ProgrammeData data : store.loadAll(store.programmesInSpace(spaceKey))) {
            Programme p = data.programme();
            Map<Integer, String> titles = new HashMap<>();
            List<ModuleItem> modules = new ArrayList<>();
            for (Module m : data.modules()) {
                titles.put(m.id(), m.title());
                modules.add(new ModuleItem(m.title(), m.pageId() == null ? null : pages.link(m.pageId()), m.url(),
                        m.minutes(), m.required(), m.validMonths()));
            }
            Map<String, Map<String, StateItem>> states = new HashMap<>();
            for (Progress pr : store.progressRows(p.id())) {
                if (titles.containsKey(pr.moduleId())) {
                    states.computeIfAbsent(pr.userKey(), k -> new HashMap<>()).put(titles.get(pr.moduleId()),
                            new StateItem(pr.status(), pr.completedOn(), pr.note(), pr.changedBy()));
                }
            }
            List<LearnerItem> learners = new ArrayList<>();
            for (Assignment a : data.assignments()) {
                learners.add(new LearnerItem(a.userKey(), a.assignedOn(), states.getOrDefault(a.userKey(), Map.of())));
                states.remove(a.userKey());
            }
            states.forEach((user, s) -> learners.add(new LearnerItem(user, null, s)));
            Audience au = p.audience();
            items.add(new ProgrammeItem(p.code(), p.title(), pages.link(p.pageId()), au.userKeys(), au.groups(),
                    au.roleMatrix(), au.roles(), p.dueOn(), p.dueDays(), p.trainerKey(), p.teams(), modules, learners,
                    store.checkins(p.id()).stream().sorted(java.util.Comparator.comparingInt(Checkin::id))
                            .map(c -> new CheckinItem(c.userKey(), c.confidence(), c.needsHelp(), c.comment(),
                                    c.createdAt(), c.flagged(), c.followUpId(), c.handledBy(), c.handledAt())).toList(),
                    store.allHistory(p.id()).stream().map(h -> new HistoryItem(h.moduleTitle(), h.userKey(), h.status(),
                            h.doneOn(), h.actorKey(), h.changedAt(), h.source(), h.note())).toList()));
        }
        return items;
    }

    @Override
    public void check(ProgrammeItem item, TransferCheck check) {
        boolean coded = check.requireText("code", item.code(), MacroSettings.MAX_CODE);
        check.optionalText("title", item.title(), MacroSettings.MAX_TITLE);
        check.requirePage("page", item.page());
        check.users("users", item.users());
        if (item.trainer() != null) {
            check.users("trainer", List.of(item.trainer()));
        }
        Map<String, Boolean> titles = new HashMap<>();
        for (int i = 0; i < item.modules().size(); i++) {
            ModuleItem m = item.modules().get(i);
            String field = "modules[" + i + "]";
            if (check.requireText(field + ".title", m.title(), MacroSettings.MAX_TITLE)
                    && titles.put(m.title().trim().toLowerCase(java.util.Locale.ROOT), true) != null) {
                check.error(field + ".title", "social-playbook.transfer.error.duplicate", m.title());
            }
            if (m.page() != null) {
                check.requirePage(field + ".page", m.page());
            }
        }
        int rows = 1 + item.modules().size();
        for (int i = 0; i < item.learners().size(); i++) {
            LearnerItem l = item.learners().get(i);
            String field = "learners[" + i + "]";
            if (l.userKey() == null || l.userKey().isBlank()) {
                check.error(field + ".userKey", "social-playbook.transfer.error.text-required");
                continue;
            }
            check.users(field + ".userKey", List.of(l.userKey()));
            l.states().forEach((module, state) -> {
                if (!titles.containsKey(module.trim().toLowerCase(java.util.Locale.ROOT))) {
                    check.error(field + ".states." + module, "social-playbook.transfer.error.unknown-module", module);
                } else if (state == null || state.status() == null) {
                    check.error(field + ".states." + module, "social-playbook.transfer.error.text-required");
                }
            });
            rows += 1 + l.states().size();
        }
        for (int i = 0; i < item.checkins().size(); i++) {
            CheckinItem c = item.checkins().get(i);
            String field = "checkins[" + i + "]";
            if (c.userKey() == null || c.userKey().isBlank() || c.createdAt() == null) {
                check.error(field, "social-playbook.transfer.error.text-required");
            } else {
                check.users(field + ".userKey", List.of(c.userKey()));
            }
            if (c.confidence() == null || c.confidence() < 1 || c.confidence() > 5) {
                check.error(field + ".confidence", "social-playbook.training.checkin.confidence");
            }
            check.optionalText(field + ".comment", c.comment(), CheckinService.MAX_COMMENT);
            if (c.handledBy() != null) {
                check.users(field + ".handledBy", List.of(c.handledBy()));
            }
            if (c.followUp() != null) {
                check.requires(field + ".followUp", SpaceDataPort.followUpReference(c.followUp()));
            }
        }
        rows += item.checkins().size();
        List<HistoryItem> history = item.history() == null ? List.of() : item.history();
        for (int i = 0; i < history.size(); i++) {
            HistoryItem h = history.get(i);
            String field = "history[" + i + "]";
            if (h.userKey() == null || h.status() == null || h.changedAt() == null || h.source() == null) {
                check.error(field, "social-playbook.transfer.error.text-required");
            }
            check.requireText(field + ".module", h.module(), MacroSettings.MAX_TITLE);
            check.optionalText(field + ".note", h.note(), ProgressService.MAX_NOTE);
        }
        rows += history.size();
        if (coded && check.unique("code", TrainingStore.programmeKey("", item.code())) && store.programmeExists(TrainingStore.programmeKey(check.targetSpace(), item.code()))) {
            check.collides("code", item.code());
        }
        check.creates(item.title() == null ? item.code() : item.title(), rows);
    }

    @Override
    public void importItem(ProgrammeItem item, TransferTarget target) {
        String code = item.code().trim();
        Programme programme = store.createProgramme(target.spaceKey(), code, target.pageId(item.page()),
                new TrainingStore.Settings(item.title(), new Audience(item.users(), item.groups(), item.matrix(), item.roles()),
                        item.dueOn(), item.dueDays(), item.trainer(), item.teams()), target.userKey(), target.now());
        Map<String, Module> modules = new HashMap<>();
        for (int i = 0; i < item.modules().size(); i++) {
            ModuleItem m = item.modules().get(i);
            Long pageId = m.page() == null ? null : target.pageId(m.page());
            modules.put(m.title().trim().toLowerCase(java.util.Locale.ROOT), store.addModule(programme.id(),
                    new TrainingStore.ModuleFields(m.title(), pageId, m.url(), m.minutes(), m.required(), m.validMonths()), i));
        }
        // one batch per person who made the changes, so "waived by …" names them, not the importer
        Map<String, List<TrainingStore.Change>> byActor = new java.util.LinkedHashMap<>();
        for (LearnerItem l : item.learners()) {
            l.states().forEach((title, state) -> {
                if (state.status() != Status.NOT_STARTED) {
                    String actor = state.changedBy() == null ? target.userKey() : state.changedBy();
                    byActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(new TrainingStore.Change(
                            modules.get(title.trim().toLowerCase(java.util.Locale.ROOT)), l.userKey(), state.status(),
                            state.completedOn(), state.note(), Source.IMPORT));
                }
            });
        }
        LocalDate today = LocalDate.ofInstant(target.now(), ZoneOffset.UTC);
        byActor.forEach((actor, changes) -> store.apply(programme.id(), changes, actor, target.now(), today));
        store.ensureLearners(programme.id(), item.learners().stream().map(LearnerItem::userKey).toList());
        for (LearnerItem l : item.learners()) {
            if (l.assignedOn() != null) {
                store.setAssignedOn(programme.id(), l.userKey(), l.assignedOn());
            }
        }
        if (item.history() != null) {
            store.replaceHistory(programme.id(), item.history().stream().map(h -> {
                Module m = modules.get(h.module().trim().toLowerCase(java.util.Locale.ROOT));
                return new HistoryEntry(0, m == null ? 0 : m.id(), h.module(), h.userKey(), h.status(), h.doneOn(),
                        h.actorKey(), h.changedAt(), h.source(), h.note());
            }).toList());
        }
    }

    /** The check-ins, once the feedback boards (and so the follow-ups they raised) are imported. */
    @Override
    public void importLinks(ProgrammeItem item, TransferTarget target) {
        if (item.checkins().isEmpty()) {
            return;
        }
        Programme programme = store.programmeByKey(TrainingStore.programmeKey(target.spaceKey(), item.code().trim()))
                .orElseThrow(() -> new IllegalStateException("Programme not imported: " + item.code()));
        for (CheckinItem c : item.checkins()) {
            Checkin created = store.importCheckin(programme.id(), new Checkin(0, c.userKey(), c.confidence(), c.needsHelp(),
                    c.comment(), c.createdAt(), c.flagged(), null, c.handledBy(), c.handledAt()));
            OptionalLong followUp = target.importedFollowUp(c.followUp());
            if (followUp.isPresent()) {
                store.setFollowUpId(created.id(), followUp.getAsLong());
                intake.linkSource(followUp.getAsLong(), FollowUps.SOURCE_TYPE, String.valueOf(created.id()));
            }
        }
    }
}
