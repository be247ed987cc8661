package org.socialplaybook.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.platform.Views;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.roles.RoleMatrixService;
import org.socialplaybook.roles.RoleMatrixStore;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;
import org.socialplaybook.training.Model.Module;

/**
 * How the training tracker scales: programmes of 100, 1,000 and 5,000 learners (the holders of a role in a role
 * matrix: role-driven assignment) by 20 modules, with realistic progress (about 60% completed, some expired, 15% in
 * progress, 5% waived). For each it prints the median time to render the macro as a trainer sees it (find the
 * programme, resolve the audience, load and compute everyone's standing, figures, chart, follow-ups, Velocity with
 * auto-escaping), the SQL statements one render costs, the HTML size, and the same for the people grid's first page
 * (sorted by name) and for a filtered page (overdue only); "load ms" is the store's part of a render. Times are the thread's CPU time (the build machine is
 * shared); wall-clock medians are printed too. The rows are written with JDBC batches (setup only). It measures; it
 * asserts nothing. Run: mvn test -Dtest='TrainingSummaryBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 */
public class TrainingSummaryBenchmark {
    /** learners, warm-up renders, measured renders. */
    private static final int[][] SIZES = {{100, 30, 15}, {1_000, 10, 9}, {5_000, 4, 7}};
    private static final int MODULES = 20;
    private static final long PAGE = 1301;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws IOException {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("training-bench")).withoutDemoData());
    }

    @AfterClass
    public static void stop() {
        sandbox.close();
    }

    @Test
    public void renderTimeAndQueriesForTheSummaryAndTheGrid() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("Training tracker benchmark: " + MODULES + " modules; median of 15/9/7 runs after 30/10/4 warm-up runs; JDK "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
        lines.add(String.format(Locale.ROOT, "%-9s %9s %9s %10s %8s %8s %8s | %9s %9s %8s %9s | %9s %8s",
                "learners", "rows", "render ms", "(wall ms)", "load ms", "queries", "HTML KB",
                "grid ms", "(wall ms)", "queries", "JSON KB", "overdue ms", "matches"));
        String only = System.getProperty("bench.learners");
        for (int[] size : SIZES) {
            int learners = size[0];
            if (only != null && !only.equals(String.valueOf(learners))) {
                continue;
            }
            Map<String, String> parameters = build(learners);
            TrainingTrackerMacro macro = sandbox.components().get(TrainingTrackerMacro.class);
            StorageFormatRenderer.Context context = new StorageFormatRenderer.Context(
                    sandbox.components().get(com.atlassian.confluence.pages.PageManager.class).getAbstractPage(PAGE), "SOCIAL", "display");
            String html = "";
            for (int i = 0; i < size[1]; i++) {
                html = render(macro, parameters, context);
            }
            int programme = TrainingHarness.programmeId(html);
            EmbeddedActiveObjects ao = sandbox.activeObjects();
            ao.flushAll();
            ao.statements().reset();
            html = render(macro, parameters, context);
            long queries = ao.statements().count();
            if (!html.contains("sp-training-module-figures")) {
                throw new AssertionError("the macro did not render the figures: " + html.substring(0, Math.min(600, html.length())));
            }
            double[] cpu = new double[size[2]];
            double[] wall = new double[size[2]];
            for (int i = 0; i < size[2]; i++) {
                long w = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                render(macro, parameters, context);
                cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                wall[i] = (System.nanoTime() - w) / 1e6;
            }
            TrainingStore store = sandbox.components().get(TrainingStore.class);
            Model.Programme loaded = store.programme(programme).orElseThrow();
            double[] loadCpu = new double[size[2]];
            for (int i = 0; i < size[2]; i++) {
                long c = CPU.getCurrentThreadCpuTime();
                store.load(loaded);
                loadCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
            TrainingResource resource = sandbox.components().get(TrainingResource.class);
            for (int i = 0; i < size[1]; i++) {
                grid(resource, programme, null);
            }
            ao.statements().reset();
            String json = Views.json(grid(resource, programme, null));
            long gridQueries = ao.statements().count();
            double[] gridCpu = new double[size[2]];
            double[] gridWall = new double[size[2]];
            double[] overdueCpu = new double[size[2]];
            int matches = 0;
            for (int i = 0; i < size[2]; i++) {
                long w = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                grid(resource, programme, null);
                gridCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                gridWall[i] = (System.nanoTime() - w) / 1e6;
                c = CPU.getCurrentThreadCpuTime();
                matches = grid(resource, programme, "overdue").total();
                overdueCpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
            }
            lines.add(String.format(Locale.ROOT, "%-9d %9d %9.1f %10.1f %8.1f %8d %8.0f | %9.1f %9.1f %8d %9.1f | %9.1f %8d",
                    learners, learners * MODULES, median(cpu), median(wall), median(loadCpu), queries,
                    html.getBytes(StandardCharsets.UTF_8).length / 1024.0, median(gridCpu), median(gridWall), gridQueries,
                    json.getBytes(StandardCharsets.UTF_8).length / 1024.0, median(overdueCpu), matches));
        }
        lines.add("rows: learners x modules (progress rows are about 80% of that); queries: SQL statements counted at the "
                + "JDBC connection; grid: first page of 25 sorted by name; overdue: the same filtered to overdue people.");
        lines.forEach(System.out::println);
        Path out = Path.of("target/benchmarks/training-summary.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String render(TrainingTrackerMacro macro, Map<String, String> parameters, StorageFormatRenderer.Context context) {
        return sandbox.as("liam", () -> {
            try {
                return macro.execute(parameters, "", context);
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static TrainingViews.GridView grid(TrainingResource resource, int programme, String status) {
        return sandbox.as("liam", () -> resource.people(programme, null, null, status, null, "name", 0, 25));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * A role matrix "Bench N" whose role "Learner" N synthetic people hold, a programme for that role with 20 modules,
     * everyone assigned 10 to 90 days ago, and their progress: all written in batches.
     */
    private static Map<String, String> build(int learners) throws SQLException {
        String matrixName = "Bench " + learners;
        RoleMatrixService roles = sandbox.components().get(RoleMatrixService.class);
        RoleMatrixStore roleStore = sandbox.components().get(RoleMatrixStore.class);
        Matrix matrix = sandbox.as("liam", () -> roles.open(new MacroPage(1101, "SOCIAL", "Roles", true), matrixName, null, "")
                .matrix());
        Role role = roleStore.transaction(() -> roleStore.addRole(matrix, "Learner", 0));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            keys.add(String.format(Locale.ROOT, "bench%05d%s", i, Integer.toHexString(learners)));
        }
        EmbeddedActiveObjects ao = sandbox.activeObjects();
        try (Connection c = ao.openJdbcConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO " + ao.tableName(org.socialplaybook.roles.HolderEntity.class)
                    + " (MATRIX_ID, MATRIX_KEY, ROLE_ID, USER_KEY, DEPUTY) VALUES (?, ?, ?, ?, ?)")) {
                for (String key : keys) {
                    s.setInt(1, matrix.id());
                    s.setString(2, "SOCIAL:" + matrixName.toLowerCase(Locale.ROOT));
                    s.setInt(3, role.id());
                    s.setString(4, key);
                    s.setBoolean(5, false);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
        Map<String, String> parameters = Map.of("key", "bench-" + learners, "title", "Benchmark " + learners,
                "matrix", matrixName, "roles", "Learner", "dueDays", "60", "trainer", "sofia");
        ProgrammeService programmes = sandbox.components().get(ProgrammeService.class);
        MacroSettings settings = sandbox.components().get(MacroSettings.class);
        int id = sandbox.as("liam", () -> programmes.open(new MacroPage(PAGE, "SOCIAL", "Training", true),
                settings.parse(parameters, "SOCIAL")).id());
        List<Module> modules = new ArrayList<>();
        sandbox.as("liam", () -> {
            for (int m = 0; m < MODULES; m++) {
                int version = programmes.version(id);
                programmes.addModule(id, new Requests.ModuleBody("Module " + m + " <social> & \"care\"",
                        "https://learn.acme.example/m/" + m, null, null, 15 + m, m % 5 != 4, m % 3 == 0 ? Integer.valueOf(12) : m % 7 == 0 ? Integer.valueOf(6) : null,
                        version));
            }
            modules.addAll(programmes.modules(id));
            return null;
        });
        LocalDate today = programmes.today();
        Random random = new Random(learners);
        try (Connection c = ao.openJdbcConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement l = c.prepareStatement("INSERT INTO " + ao.tableName(LearnerEntity.class)
                    + " (LEARNER_KEY, PROGRAMME_ID, USER_KEY, ASSIGNED_AT, STATES) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement p = c.prepareStatement("INSERT INTO " + ao.tableName(ProgressEntity.class)
                    + " (PROGRESS_KEY, PROGRAMME_ID, MODULE_ID, USER_KEY, STATUS, STARTED_AT, COMPLETED_AT, CHANGED_BY, CHANGED_AT)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batch = 0;
                for (String key : keys) {
                    List<Model.Progress> mine = new ArrayList<>();
                    for (Module m : modules) {
                        int roll = random.nextInt(100);
                        if (roll < 20) {
                            continue;
                        }
                        Model.Status status = roll < 80 ? Model.Status.COMPLETED : roll < 95 ? Model.Status.STARTED : Model.Status.WAIVED;
                        LocalDate started = today.minusDays(1 + random.nextInt(400));
                        LocalDate completed = status == Model.Status.COMPLETED
                                ? started.plusDays(random.nextInt(1 + (int) started.until(today, java.time.temporal.ChronoUnit.DAYS))) : null;
                        LocalDate changed = today.minusDays(random.nextInt(30));
                        mine.add(new Model.Progress(m.id(), key, status, started, completed, key,
                                changed.atStartOfDay(ZoneOffset.UTC).toInstant(), null));
                        p.setString(1, TrainingStore.progressKey(id, m.id(), key));
                        p.setInt(2, id);
                        p.setInt(3, m.id());
                        p.setString(4, key);
                        p.setString(5, status.name());
                        p.setTimestamp(6, day(started));
                        p.setTimestamp(7, completed == null ? null : day(completed));
                        p.setString(8, key);
                        p.setTimestamp(9, day(changed));
                        p.addBatch();
                        if (++batch % 5_000 == 0) {
                            p.executeBatch();
                        }
                    }
                    l.setString(1, TrainingStore.learnerKey(id, key));
                    l.setInt(2, id);
                    l.setString(3, key);
                    l.setTimestamp(4, day(today.minusDays(10 + random.nextInt(80))));
                    l.setString(5, LearnerStates.encode(mine));
                    l.addBatch();
                }
                p.executeBatch();
                l.executeBatch();
            }
            c.commit();
        }
        return parameters;
    }

    private static Timestamp day(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
