package org.socialplaybook.training;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.training.Model.Assignment;
import org.socialplaybook.training.Model.Audience;
import org.socialplaybook.training.Model.HistoryEntry;
import org.socialplaybook.training.Model.Module;
import org.socialplaybook.training.Model.Programme;
import org.socialplaybook.training.Model.ProgrammeData;
import org.socialplaybook.training.Model.Progress;
import org.socialplaybook.training.Model.Source;
import org.socialplaybook.training.Model.Status;
import org.socialplaybook.training.TrainingStore.Change;
import org.socialplaybook.training.TrainingStore.ModuleFields;
import org.socialplaybook.training.TrainingStore.Settings;

/** The training tables on the real AO ORM: current state and history, assignments, transactions, constant queries. */
public class TrainingStoreTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final Instant NOW = TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);

    private EmbeddedActiveObjects ao;
    private TrainingStore store;
    private Programme programme;
    private Module basics;
    private Module voice;

    @Before
    public void setUp() {
        ao = org.socialplaybook.testing.TestDatabase.activeObjects("org.socialplaybook.social-playbook");
        ao.migrate(ProgrammeEntity.class, ModuleEntity.class, ProgressEntity.class, LearnerEntity.class,
                HistoryEntity.class, CheckinEntity.class);
        store = new TrainingStore(ao);
        programme = store.transaction(() -> store.createProgramme("SOCIAL", "Essentials", 1301,
                new Settings("Essentials", new Audience(List.of("liam"), List.of("social-team"), "Team", List.of("Agent, EU")),
                        null, 30, "sofia", List.of("sales")), "sofia", NOW));
        basics = store.addModule(programme.id(), new ModuleFields("Platform basics", null, "https://x.example", 45, true, 12), 0);
        voice = store.addModule(programme.id(), new ModuleFields("Brand voice", 1302L, null, null, true, null), 1);
    }

    @After
    public void tearDown() {
        ao.close();
    }

    private int apply(String actor, Change... changes) {
        return store.transaction(() -> store.apply(programme.id(), List.of(changes), actor, NOW, TODAY));
    }

    private Map<Integer, Progress> progressOf(String user) {
        return store.progressOf(programme.id(), user).stream().collect(Collectors.toMap(Progress::moduleId, Function.identity()));
    }

    @Test
    public void aProgrammeKeepsItsSettingsAndIsFoundByItsKeyIgnoringCase() {
        Programme found = store.programmeByKey(TrainingStore.programmeKey("SOCIAL", "ESSENTIALS")).orElseThrow();

        assertEquals(programme.id(), found.id());
        assertEquals(List.of("liam"), found.audience().userKeys());
        assertEquals(List.of("Agent, EU"), found.audience().roles());
        assertEquals(Integer.valueOf(30), found.dueDays());
        assertNull(found.dueOn());
        assertEquals(List.of("sales"), found.teams());
        assertTrue(store.programmeByKey(TrainingStore.programmeKey("OTHER", "Essentials")).isEmpty());
    }

    @Test
    public void aChangeWritesTheCurrentStateAndAHistoryRowWithWhoMadeIt() {
        int written = apply("sofia", new Change(basics, "liam", Status.COMPLETED, TODAY.minusDays(3), "session", Source.TRAINER));

        assertEquals(1, written);
        Progress p = progressOf("liam").get(basics.id());
        assertEquals(Status.COMPLETED, p.status());
        assertEquals(TODAY.minusDays(3), p.completedOn());
        assertEquals("sofia", p.changedBy());
        List<HistoryEntry> history = store.history(programme.id(), "liam", 10);
        assertEquals(1, history.size());
        assertEquals("sofia", history.get(0).actorKey());
        assertEquals(Source.TRAINER, history.get(0).source());
        assertEquals(TODAY.minusDays(3), history.get(0).doneOn());
        assertEquals("Platform basics", history.get(0).moduleTitle());
    }

    @Test
    public void theSameChangeAgainWritesNothingAndAddsNoHistory() {
        Change done = new Change(basics, "liam", Status.COMPLETED, TODAY, null, Source.SESSION);
        apply("sofia", done);

        int again = apply("sofia", done, new Change(voice, "liam", Status.NOT_STARTED, null, null, Source.SESSION));

        assertEquals(0, again);
        assertEquals(1, store.historyCount(programme.id()));
    }

    @Test
    public void backToNotStartedRemovesTheRowButTheHistoryKeepsEveryStep() {
        apply("liam", new Change(voice, "liam", Status.STARTED, null, null, Source.SELF));
        apply("liam", new Change(voice, "liam", Status.COMPLETED, TODAY, null, Source.SELF));
        apply("liam", new Change(voice, "liam", Status.NOT_STARTED, null, null, Source.SELF));

        assertTrue(progressOf("liam").isEmpty());
        List<Status> steps = new ArrayList<>();
        store.history(programme.id(), "liam", 10).forEach(h -> steps.add(h.status()));
        assertEquals(List.of(Status.NOT_STARTED, Status.COMPLETED, Status.STARTED), steps);
    }

    @Test
    public void aFailureHalfWayThroughABatchSavesNoneOfIt() {
        try {
            store.transaction(() -> {
                store.apply(programme.id(), List.of(new Change(basics, "liam", Status.COMPLETED, TODAY, null, Source.SESSION),
                        new Change(basics, "nora", Status.COMPLETED, TODAY, null, Source.SESSION)), "sofia", NOW, TODAY);
                throw new IllegalStateException("the server went away");
            });
            fail("expected the failure to propagate");
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertTrue(progressOf("liam").isEmpty());
        assertEquals(0, store.historyCount(programme.id()));
    }

    @Test
    public void assignmentsFollowTheAudienceNewcomersAndReturnersTodayLeaversRemoved() {
        store.transaction(() -> store.syncAssignments(programme.id(), List.of("liam", "nora"), TODAY.minusDays(20)));
        store.transaction(() -> store.syncAssignments(programme.id(), List.of("nora", "marco"), TODAY.minusDays(10)));

        int changed = store.transaction(() -> store.syncAssignments(programme.id(), List.of("nora", "marco", "liam"), TODAY));

        assertEquals(1, changed);
        Map<String, Assignment> byUser = store.load(programme).assignments().stream()
                .collect(Collectors.toMap(Assignment::userKey, Function.identity()));
        assertEquals(TODAY.minusDays(20), byUser.get("nora").assignedOn());
        assertEquals(TODAY.minusDays(10), byUser.get("marco").assignedOn());
        assertEquals(TODAY, byUser.get("liam").assignedOn());
        assertTrue(byUser.get("liam").active());
        assertEquals(0, (int) store.transaction(() -> store.syncAssignments(programme.id(), List.of("nora", "marco", "liam"), TODAY)));
        store.transaction(() -> store.syncAssignments(programme.id(), List.of("nora"), TODAY));
        assertFalse(store.assignmentOf(programme.id(), "marco").orElseThrow().active());
    }

    @Test
    public void loadingAProgrammeCostsTwoQueriesWhateverTheNumberOfLearners() {
        long small = queriesToLoad(10);
        long large = queriesToLoad(200);

        assertEquals(2, small);
        assertEquals(small, large);
    }

    private long queriesToLoad(int learners) {
        List<String> users = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            String user = "user-" + learners + "-" + i;
            users.add(user);
            changes.add(new Change(basics, user, Status.COMPLETED, TODAY, null, Source.IMPORT));
            changes.add(new Change(voice, user, Status.STARTED, null, null, Source.IMPORT));
        }
        store.transaction(() -> store.syncAssignments(programme.id(), users, TODAY));
        store.transaction(() -> store.apply(programme.id(), changes, "sofia", NOW, TODAY));
        ao.flushAll();
        ao.statements().reset();
        ProgrammeData data = store.load(programme);
        long queries = ao.statements().count();
        assertTrue(data.progress().size() >= 2 * learners);
        return queries;
    }

    @Test
    public void theLearnersCompactStatesFollowEveryChangeSoReportsSeeWhatTheRowsSay() {
        apply("sofia", new Change(basics, "liam", Status.COMPLETED, TODAY.minusDays(3), "note", Source.TRAINER),
                new Change(voice, "liam", Status.WAIVED, null, null, Source.TRAINER));
        apply("liam", new Change(voice, "liam", Status.STARTED, null, null, Source.SELF),
                new Change(basics, "liam", Status.NOT_STARTED, null, null, Source.SELF));

        List<Progress> reported = store.load(programme).progress();

        assertEquals(1, reported.size());
        assertEquals(voice.id(), reported.get(0).moduleId());
        assertEquals(Status.STARTED, reported.get(0).status());
        assertEquals(Status.STARTED, progressOf("liam").get(voice.id()).status());
        assertEquals(1, progressOf("liam").size());
    }

    @Test
    public void concurrentChangesForOnePersonQueueOnTheirLearnerRowAndNoneIsLost() throws Exception {
        List<Module> modules = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            modules.add(store.addModule(programme.id(), new ModuleFields("Extra " + i, null, null, null, true, null), 10 + i));
        }
        store.ensureLearners(programme.id(), List.of("nora"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
        for (Module m : modules) {
            done.add(pool.submit(() -> store.transaction(() -> store.apply(programme.id(),
                    List.of(new Change(m, "nora", Status.COMPLETED, TODAY, null, Source.SELF)), "nora", NOW, TODAY))));
        }
        for (java.util.concurrent.Future<Integer> f : done) {
            assertEquals(Integer.valueOf(1), f.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(8, store.load(programme).progress().size());
        assertEquals(8, progressOf("nora").size());
    }

    @Test
    public void compactStatesSurviveARoundTripAndSkipWhatTheyCannotRead() {
        List<Progress> rows = List.of(
                new Progress(7, "u", Status.COMPLETED, null, TODAY, null, NOW, null),
                new Progress(3, "u", Status.WAIVED, null, null, null, NOW, null),
                new Progress(5, "u", Status.STARTED, null, null, null, null, null));

        String encoded = LearnerStates.encode(rows);
        List<Progress> back = LearnerStates.decode("u", encoded + ";garbage;9:X::;");

        assertEquals(3, back.size());
        assertEquals(List.of(3, 5, 7), back.stream().map(Progress::moduleId).toList());
        assertEquals(TODAY, back.get(2).completedOn());
        assertEquals(TODAY, back.get(0).changedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        assertEquals(Status.STARTED, back.get(1).status());
    }

    @Test
    public void deletingAModuleRemovesEveryonesStateOnItButNotTheHistory() {
        apply("sofia", new Change(voice, "liam", Status.COMPLETED, TODAY, null, Source.TRAINER),
                new Change(basics, "liam", Status.COMPLETED, TODAY, null, Source.TRAINER));

        store.transaction(() -> {
            store.deleteModule(voice.id());
            return null;
        });

        assertEquals(List.of(basics.id()), store.modules(programme.id()).stream().map(Module::id).toList());
        assertEquals(1, store.progressOf(programme.id(), "liam").size());
        assertEquals(2, store.historyCount(programme.id()));
    }

    @Test
    public void aStaleVersionIsRefusedAndTheCurrentOneNamesWhoChangedIt() {
        TrainingStore.Bump first = store.transaction(() -> store.bump(programme.id(), programme.version(), "liam", NOW));
        TrainingStore.Bump stale = store.transaction(() -> store.bump(programme.id(), programme.version(), "nora", NOW));

        assertTrue(first.ok());
        assertFalse(stale.ok());
        assertEquals("liam", stale.programme().updatedBy());
        assertEquals(programme.version() + 1, stale.programme().version());
    }
}
