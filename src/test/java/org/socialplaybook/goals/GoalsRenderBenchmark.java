package org.socialplaybook.goals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.socialplaybook.goals.GoalStore.ObjectiveFields;
import org.socialplaybook.goals.Goals.ContributorKind;
import org.socialplaybook.goals.Goals.Goal;
import org.socialplaybook.goals.Goals.GoalSet;
import org.socialplaybook.goals.Goals.Objective;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;

/**
 * How the goals macro scales: for 5, 50 and 200 objectives (in goals of five, three contributors each: a role of the
 * demo matrix, a group, a person) with 20 recorded values each, it renders the macro as an editor sees it (find the
 * goals, load them, statuses, trends, "why am I doing this" from the role matrix, Velocity with auto-escaping) and
 * prints the median render time (the rendering thread's CPU time; the build machine is shared, so wall-clock time
 * mostly measures the neighbours, printed too), how much of it is loading the goals and their history from the database
 * (the sandbox's ORM), the SQL statements one render costs, and the HTML size. Measures,
 * asserts nothing. Run: mvn test -Dtest='GoalsRenderBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 */
public class GoalsRenderBenchmark {
    /** objectives, warm-up renders, measured renders. */
    private static final int[][] SIZES = {{5, 300, 60}, {50, 40, 20}, {200, 12, 9}};
    private static final int HISTORY = 20;
    private static final long PAGE = 1501;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws IOException {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("goals-bench")));
    }

    @AfterClass
    public static void stop() {
        sandbox.close();
    }

    @Test
    public void renderTimeAndQueries() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Goals render benchmark (" + HISTORY + " recorded values per objective; median of 60/20/9 renders after 300/40/12 warm-up"
                + " renders, JDK " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores)");
        lines.add(String.format(Locale.ROOT, "%-11s %8s %10s %10s %12s %8s %9s %14s", "objectives", "values", "render ms", "(wall ms)",
                "of it: load", "queries", "HTML KB", "µs/objective"));
        for (int[] size : SIZES) {
            build("Bench " + size[0], size[0]);
        }
        GoalsMacro macro = sandbox.components().get(GoalsMacro.class);
        StorageFormatRenderer.Context context = new StorageFormatRenderer.Context(
                sandbox.components().get(com.atlassian.confluence.pages.PageManager.class).getAbstractPage(PAGE), "SOCIAL", "display");
        for (int[] size : SIZES) {
            Map<String, String> parameters = Map.of("name", "Bench " + size[0], "matrix", "Social media team");
            String html = "";
            for (int i = 0; i < size[1]; i++) {
                html = render(macro, parameters, context);
            }
            EmbeddedActiveObjects ao = sandbox.activeObjects();
            ao.flushAll();
            ao.statements().reset();
            render(macro, parameters, context);
            long queries = ao.statements().count();
            double[] cpu = new double[size[2]];
            double[] wall = new double[size[2]];
            double[] load = new double[size[2]];
            GoalService service = sandbox.components().get(GoalService.class);
            MacroPage page = new MacroPage(PAGE, "SOCIAL", "Our goals", true);
            for (int i = 0; i < size[2]; i++) {
                long w = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                html = render(macro, parameters, context);
                cpu[i] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                wall[i] = (System.nanoTime() - w) / 1e6;
                long l = CPU.getCurrentThreadCpuTime();
                sandbox.as("liam", () -> service.open(page, parameters.get("name"), parameters.get("matrix")));
                load[i] = (CPU.getCurrentThreadCpuTime() - l) / 1e6;
            }
            if (html.split("class=\"sp-objective ", -1).length - 1 != size[0]) {
                throw new AssertionError("the macro did not render " + size[0] + " objectives: " + html.substring(0, Math.min(400, html.length())));
            }
            double render = median(cpu);
            lines.add(String.format(Locale.ROOT, "%-11d %8d %10.1f %10.1f %12.1f %8d %9.0f %14.0f", size[0], size[0] * HISTORY, render,
                    median(wall), median(load), queries, html.getBytes(StandardCharsets.UTF_8).length / 1024.0, render * 1000 / size[0]));
        }
        lines.forEach(System.out::println);
        Path out = Path.of("target/benchmarks/goals-render.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String render(GoalsMacro macro, Map<String, String> parameters, StorageFormatRenderer.Context context) {
        return sandbox.as("liam", () -> {
            try {
                return macro.execute(parameters, "", context);
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Realistic goals: five objectives a goal, rising values with some noise, three contributors each. */
    private static void build(String name, int objectives) {
        GoalService service = sandbox.components().get(GoalService.class);
        GoalStore store = sandbox.components().get(GoalStore.class);
        GoalSet set = sandbox.as("liam", () -> service.open(new MacroPage(PAGE, "SOCIAL", "Our goals", true), name, "Social media team").set());
        String[] roles = {"Community manager", "Content lead", "Customer care agent", "Sales liaison"};
        String[] people = {"sofia", "liam", "nora", "marco", "victor"};
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusWeeks(HISTORY);
        store.transaction(() -> {
            Goal goal = null;
            for (int i = 0; i < objectives; i++) {
                if (i % 5 == 0) {
                    goal = store.addGoal(set.id(), "Goal " + (i / 5) + " <with \"quotes\"> & more", "Why it matters, in a sentence.", i / 5);
                }
                Objective o = store.addObjective(set.id(), goal.id(), new ObjectiveFields("Objective " + i + " & \"friends\"", "%",
                        10, 60 + i % 30, start, start.plusWeeks(HISTORY + 10 + i % 20), i % 3 == 0 ? "Write and schedule posts" : null,
                        i % 4 == 0 ? "Community basics" : null), i % 5);
                store.addContribution(set.id(), o.id(), ContributorKind.ROLE, roles[i % roles.length], "Does the weekly part of it.", 0);
                store.addContribution(set.id(), o.id(), ContributorKind.TEAM, "customer-care", "Takes the cases handed over.", 1);
                store.addContribution(set.id(), o.id(), ContributorKind.PERSON, sandbox.userKey(people[i % people.length]), "Checks it every Monday.", 2);
                for (int h = 0; h < HISTORY; h++) {
                    Instant at = start.plusWeeks(h + 1L).atTime(9, 0).toInstant(ZoneOffset.UTC);
                    store.recordValue(set.id(), o.id(), 10 + h * (1.5 + i % 3) + (h * 7 + i) % 4, null, sandbox.userKey(people[(i + h) % 5]), at);
                }
            }
            return null;
        });
    }
}
