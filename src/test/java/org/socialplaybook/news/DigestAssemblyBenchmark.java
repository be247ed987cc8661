package org.socialplaybook.news;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;
import org.socialplaybook.feedback.FeedbackStore;
import org.socialplaybook.feedback.FollowUpOpenItems;
import org.socialplaybook.feedback.NewFollowUp;
import org.socialplaybook.guidelines.Audience;
import org.socialplaybook.guidelines.Guideline;
import org.socialplaybook.guidelines.GuidelineCategory;
import org.socialplaybook.guidelines.GuidelineChanges;
import org.socialplaybook.guidelines.GuidelineLevel;
import org.socialplaybook.guidelines.GuidelineOpenItems;
import org.socialplaybook.guidelines.GuidelinePeople;
import org.socialplaybook.guidelines.GuidelineSandbox;
import org.socialplaybook.guidelines.GuidelineSettings;
import org.socialplaybook.guidelines.GuidelineStore;
import org.socialplaybook.guidelines.ReackPolicy;
import org.socialplaybook.platform.OpenItemsProvider;
import org.socialplaybook.platform.People;
import org.socialplaybook.platform.ReaderAccess;
import org.socialplaybook.platform.SpaceChangesProvider;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.roles.ChangeNote;
import org.socialplaybook.roles.Model;
import org.socialplaybook.roles.RoleMatrixChanges;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.testing.Measure;
import org.socialplaybook.training.LearnerEntity;
import org.socialplaybook.training.LearnerStates;
import org.socialplaybook.training.TrainingOpenItems;
import org.socialplaybook.training.TrainingReports;
import org.socialplaybook.training.TrainingStore;

/**
 * What assembling a Monday digest costs: a space with 50 headlines of the week, 20 guidelines that ask 500 readers
 * (a group) for acknowledgement (half of them acknowledged each), 100 follow-ups owned by readers, 30 role matrix
 * changes, 5 training programmes of 20 modules (16 required) whose audience is the role matrix the 500 readers hold a
 * role in (one overdue, one due within a week, one due 30 days after being assigned, one due in two months, one
 * without a due day but with refreshers; each reader has completed most required modules, some long ago), and 5, 50
 * or 500 readers. Real stores on the sandbox's ORM (HSQLDB in memory); the 500-person directory is a stand-in (the
 * sandbox has five users).
 * Prints the median assembly time and the SQL statements of one assembly, then the time to write the blog post and
 * every reader's copy. Measures only. Run: {@code mvn test -Dtest='DigestAssemblyBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
public class DigestAssemblyBenchmark {
    private static final int RUNS = 5;
    private static final String SPACE = "SOCIAL";
    private final List<String> lines = new ArrayList<>();

    @Test
    public void digestAssemblyCost() throws Exception {
        Path data = Files.createTempDirectory("digest-benchmark");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(data).withoutDemoData())) {
            EmbeddedActiveObjects ao = sandbox.activeObjects();
            Instant now = Instant.now();
            NewsRules.Window window = NewsRules.dueIssue(now, ZoneId.of("Europe/Madrid"));
            Set<String> everyone = new LinkedHashSet<>();
            for (int i = 0; i < 500; i++) {
                everyone.add("reader-" + i);
            }
            GuidelinePeople bigDirectory = new GuidelinePeople(null, null) {
                @Override
                public boolean isMember(String userKey, String group) {
                    return everyone.contains(userKey);
                }

                @Override
                public Set<String> members(String group) {
                    return everyone;
                }
            };
            ReaderAccess everyoneSees = new ReaderAccess(null, null, null, null) {
                @Override
                public boolean canView(String userKey, long pageId) {
                    return true;
                }

                @Override
                public Set<Long> viewablePages(String userKey, java.util.Collection<Long> pageIds) {
                    return new LinkedHashSet<>(pageIds);
                }

                @Override
                public Set<String> viewableSpaces(String userKey, java.util.Collection<String> spaceKeys) {
                    return new LinkedHashSet<>(spaceKeys);
                }
            };
            People people = sandbox.components().get(People.class);
            TimeSource time = new TimeSource();

            NewsStore news = sandbox.components().get(NewsStore.class);
            for (int i = 0; i < 50; i++) {
                news.addHeadline(SPACE, null, "Headline " + i, "https://news.example.com/" + i, "Summary of headline " + i,
                        i % 5 == 0 ? "crisis" : "platforms", "reader-" + i, window.start().plus(Duration.ofHours(3 * i + 1)));
            }
            GuidelineStore guidelines = sandbox.components().get(GuidelineStore.class);
            List<Guideline> twenty = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                GuidelineSettings settings = new GuidelineSettings("bench-" + i, "Guideline " + i, GuidelineCategory.GENERAL,
                        GuidelineLevel.MUST, new Audience(Set.of(), Set.of("everyone")), true, 14, ReackPolicy.EVERY_CHANGE,
                        "", Set.of(), List.of(), null, null, false);
                twenty.add(guidelines.record(null, SPACE, 1201, settings,
                        new GuidelineStore.Observed("fp" + i, "", "text " + i, 2, 1), window.start().plus(Duration.ofHours(i))));
            }
            // the first 250 readers acknowledged each guideline's current version (setup, not measured)
            GuidelineSandbox.insertAcknowledgements(ao, twenty, List.copyOf(everyone).subList(0, 250));
            FeedbackStore feedback = sandbox.components().get(FeedbackStore.class);
            for (int i = 0; i < 100; i++) {
                feedback.createFollowUp(new NewFollowUp(SPACE, "followups", 1401, "Follow-up " + i, null, "reader-" + (i * 5),
                        LocalDate.now().plusDays(i % 20 - 5), "reader-0", null, -1, null), now);
            }
            RoleMatrixStore roles = sandbox.components().get(RoleMatrixStore.class);
            Model.Matrix matrix = roles.createMatrix(SPACE, "Social team", 1101, null, "reader-0", now);
            for (int i = 0; i < 30; i++) {
                ChangeNote note = new ChangeNote(ChangeNote.Kind.PERSON_ADDED, "Role " + (i % 6), "reader-" + i, null);
                Instant at = window.start().plus(Duration.ofHours(4 * i + 2));
                ao.executeInTransaction(() -> {
                    roles.logChange(matrix, note, "reader-0", at);
                    return null;
                });
            }

            addTraining(sandbox, matrix, new ArrayList<>(everyone));

            List<SpaceChangesProvider> changes = List.of(new RoleMatrixChanges(roles), new GuidelineChanges(guidelines));
            List<OpenItemsProvider> items = List.of(new GuidelineOpenItems(guidelines, bigDirectory, everyoneSees, time),
                    new FollowUpOpenItems(feedback, everyoneSees, time),
                    new TrainingOpenItems(sandbox.components().get(TrainingStore.class),
                            sandbox.components().get(TrainingReports.class), everyoneSees));
            DigestAssembler assembler = new DigestAssembler(news, changes, items, people);
            DigestViews views = sandbox.components().get(DigestViews.class);
            DigestSettings settings = DigestSettings.defaults(SPACE);

            for (int i = 0; i < 3; i++) { // warm-up (JIT, ORM and database caches), not measured
                assembler.assemble(SPACE, window, new ArrayList<>(everyone));
            }
            print("Digest assembly benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, HSQLDB in memory, "
                    + RUNS + " runs after a warm-up, median)");
            print("Space: 50 headlines this week, 20 guidelines (500-person audience, 250 acknowledgements each), "
                    + "100 follow-ups, 30 role matrix changes, 5 training programmes (20 modules each, the 500 readers assigned)");
            print("");
            print(String.format("%8s | %12s %8s | %10s %10s %10s %10s | %16s", "readers", "assembly ms", "queries", "headlines",
                    "changes", "open items", "training", "blog + copies ms"));
            for (int readers : new int[] {5, 50, 500}) {
                List<String> keys = new ArrayList<>(everyone).subList(0, readers);
                DigestContent[] last = new DigestContent[1];
                long[] assembly = Measure.medianAndStatements(ao, RUNS,
                        () -> last[0] = assembler.assemble(SPACE, window, keys));
                long openItems = last[0].openItems().values().stream().mapToLong(List::size).sum();
                long training = last[0].openItems().values().stream().flatMap(List::stream)
                        .filter(i -> i.kind().equals("training")).count();
                long start = System.nanoTime();
                sandbox.as("sofia", () -> {
                    views.blogPost(last[0], settings, keys);
                    for (String reader : keys) {
                        views.forReader(last[0], settings, reader, false);
                    }
                    return null;
                });
                long render = (System.nanoTime() - start) / 1_000_000;
                print(String.format("%8d | %12d %8d | %10d %10d %10d %10d | %16d", readers, assembly[0], assembly[1],
                        last[0].headlines().size(), last[0].changes().size(), openItems, training, render));
            }
        }
        Path out = Path.of("target/benchmarks/digest-assembly.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    /**
     * Five programmes for every role of the matrix, whose one role "Learner" the readers hold (setup, not measured):
     * 20 modules each (the last four optional, every tenth valid six months), everyone assigned 10 to 90 days ago
     * (the learner rows through the store, their dates and compact module states written in one batch), each
     * required module completed by nine readers in ten, 1 to 240 days ago.
     */
    private static void addTraining(Sandbox sandbox, Model.Matrix matrix, List<String> readers) throws Exception {
        RoleMatrixStore roles = sandbox.components().get(RoleMatrixStore.class);
        EmbeddedActiveObjects ao = sandbox.activeObjects();
        ao.executeInTransaction(() -> {
            Model.Role learner = roles.addRole(matrix, "Learner", 6);
            readers.forEach(r -> roles.addHolder(matrix, learner.id(), r, false));
            return null;
        });
        TrainingStore training = sandbox.components().get(TrainingStore.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant now = Instant.now();
        org.socialplaybook.training.Model.Audience audience = new org.socialplaybook.training.Model.Audience(List.of(), List.of(), matrix.name(), List.of());
        Object[][] programmes = {
                {"Onboarding", today.minusDays(20), null}, {"Customer care", today.plusDays(7), null},
                {"Crisis response", null, 30}, {"Platform updates", today.plusDays(60), null}, {"Privacy and legal", null, null}};
        Random random = new Random(7);
        for (Object[] p : programmes) {
            String title = (String) p[0];
            List<org.socialplaybook.training.Model.Module> modules = new ArrayList<>();
            org.socialplaybook.training.Model.Programme programme = training.transaction(() -> {
                org.socialplaybook.training.Model.Programme created = training.createProgramme(SPACE, title, 1301, new TrainingStore.Settings(title,
                        audience, (LocalDate) p[1], (Integer) p[2], "reader-0", List.of()), "reader-0", now);
                for (int m = 0; m < 20; m++) {
                    modules.add(training.addModule(created.id(), new TrainingStore.ModuleFields(title + " module " + m, null,
                            "https://learn.acme.example/" + m, 30, m < 16, m % 10 == 0 ? Integer.valueOf(6) : null), m));
                }
                training.syncAssignments(created.id(), readers, today);
                return created;
            });
            String table = ao.tableName(LearnerEntity.class);
            try (Connection c = ao.openJdbcConnection();
                 PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET ASSIGNED_AT = ?, STATES = ?"
                         + " WHERE PROGRAMME_ID = ? AND USER_KEY = ?")) {
                c.setAutoCommit(false);
                for (String reader : readers) {
                    List<org.socialplaybook.training.Model.Progress> done = new ArrayList<>();
                    for (org.socialplaybook.training.Model.Module m : modules) {
                        if (m.required() && random.nextInt(10) < 9) {
                            LocalDate on = today.minusDays(1 + random.nextInt(240));
                            done.add(new org.socialplaybook.training.Model.Progress(m.id(), reader, org.socialplaybook.training.Model.Status.COMPLETED, null, on,
                                    reader, on.atStartOfDay(ZoneOffset.UTC).toInstant(), null));
                        }
                    }
                    update.setTimestamp(1, Timestamp.from(today.minusDays(10 + random.nextInt(80)).atStartOfDay(ZoneOffset.UTC).toInstant()));
                    update.setString(2, LearnerStates.encode(done));
                    update.setInt(3, programme.id());
                    update.setString(4, reader);
                    update.addBatch();
                }
                update.executeBatch();
                c.commit();
            }
        }
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }
}
