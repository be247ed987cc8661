package org.socialplaybook.roles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.socialplaybook.platform.MacroPage;
import org.socialplaybook.roles.Model.Activity;
import org.socialplaybook.roles.Model.Cell;
import org.socialplaybook.roles.Model.Matrix;
import org.socialplaybook.roles.Model.Role;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;
import org.socialplaybook.sandbox.pages.StorageFormatRenderer;

/**
 * How the role-matrix macro scales: for 10×20, 50×150 and 100×300 (roles × activities) it renders the macro as an
 * editor would see it (find the matrix, load it, check the rules, build the page, Velocity with auto-escaping) and
 * prints the median render time, the SQL statements one render costs, the HTML size, the time just to write those
 * bytes (UTF-8 into a buffer, what the servlet does with them) and the ratio of the two, plus time per cell.
 * Times are the rendering thread's CPU time (the build machine is shared, so wall-clock time mostly measures the
 * neighbours); the wall-clock median is printed too. It measures; it asserts nothing. Run: mvn test -Dtest='RoleMatrixRenderBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 */
public class RoleMatrixRenderBenchmark {
    /** roles, activities, warm-up renders, measured renders. */
    private static final int[][] SIZES = {{10, 20, 300, 60}, {50, 150, 30, 15}, {100, 300, 8, 9}};
    private static final long PAGE = 1101;

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static Sandbox sandbox;

    @BeforeClass
    public static void start() throws IOException {
        sandbox = Sandbox.start(SandboxConfig.forTests(Files.createTempDirectory("raci-bench")).withoutDemoData());
    }

    @AfterClass
    public static void stop() {
        sandbox.close();
    }

    @Test
    public void renderTimeQueriesAndRatioToWritingTheBytes() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Role matrix render benchmark (median of 60/15/9 renders after 300/30/8 warm-up renders, JDK "
                + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores)");
        lines.add(String.format(Locale.ROOT, "%-9s %7s %10s %10s %8s %9s %13s %7s %12s", "size", "cells", "render ms", "(wall ms)",
                "queries", "HTML KB", "write-only ms", "ratio", "µs per cell"));
        for (int[] size : SIZES) {
            build("Bench " + size[0] + "x" + size[1], size[0], size[1]);
        }
        for (int[] size : SIZES) {
            String name = "Bench " + size[0] + "x" + size[1];
            int warmUp = size[2];
            int runs = size[3];
            Map<String, String> parameters = Map.of("name", name, "overload", "5");
            StorageFormatRenderer.Context context = new StorageFormatRenderer.Context(
                    sandbox.components().get(com.atlassian.confluence.pages.PageManager.class).getAbstractPage(PAGE), "SOCIAL", "display");
            RoleMatrixMacro macro = sandbox.components().get(RoleMatrixMacro.class);
            String html = "";
            for (int i = 0; i < warmUp; i++) {
                html = render(macro, parameters, context);
            }
            EmbeddedActiveObjects ao = sandbox.activeObjects();
            ao.flushAll();
            ao.statements().reset();
            render(macro, parameters, context);
            long queries = ao.statements().count();
            double[] renderMs = new double[runs];
            double[] wallMs = new double[runs];
            double[] writeMs = new double[runs];
            for (int i = 0; i < runs; i++) {
                long wall = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                html = render(macro, parameters, context);
                renderMs[i] = (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
                wallMs[i] = (System.nanoTime() - wall) / 1e6;
                writeMs[i] = writeOnly(html);
            }
            if (!html.contains("sp-raci-table")) {
                throw new AssertionError("the macro did not render a matrix: " + html.substring(0, Math.min(400, html.length())));
            }
            double render = median(renderMs);
            double write = median(writeMs);
            int cells = size[0] * size[1];
            lines.add(String.format(Locale.ROOT, "%-9s %7d %10.1f %10.1f %8d %9.0f %13.2f %7.0f %12.2f", size[0] + "x" + size[1],
                    cells, render, median(wallMs), queries, html.getBytes(StandardCharsets.UTF_8).length / 1024.0, write,
                    render / write, render * 1000 / cells));
        }
        lines.forEach(System.out::println);
        Path out = Path.of("target/benchmarks/role-matrix-render.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String render(RoleMatrixMacro macro, Map<String, String> parameters, StorageFormatRenderer.Context context) {
        return sandbox.as("liam", () -> {
            try {
                return macro.execute(parameters, "", context);
            } catch (com.atlassian.confluence.macro.MacroExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Just writing the page's bytes: the same HTML as UTF-8 through a Writer into a buffer (CPU ms). */
    private static double writeOnly(String html) {
        long t0 = CPU.getCurrentThreadCpuTime();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length() + 16);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double ms = (CPU.getCurrentThreadCpuTime() - t0) / 1e6;
        if (bytes.size() == 0) {
            throw new IllegalStateException();
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A realistic matrix: every activity has one A and an R or two, some C and I; everyone holds a role or two. */
    private static void build(String name, int roles, int activities) {
        RoleMatrixService service = sandbox.components().get(RoleMatrixService.class);
        RoleMatrixStore store = sandbox.components().get(RoleMatrixStore.class);
        Matrix m = sandbox.as("liam", () -> service.open(new MacroPage(PAGE, "SOCIAL", "Roles", true), name, 5, "").matrix());
        List<String> people = List.of("sofia", "liam", "nora", "marco", "victor");
        store.transaction(() -> {
            List<Role> rs = new ArrayList<>();
            for (int r = 0; r < roles; r++) {
                Role role = store.addRole(m, "Role " + r + " <team>", r);
                store.addHolder(m, role.id(), sandbox.userKey(people.get(r % people.size())), false);
                rs.add(role);
            }
            List<Cell> cells = new ArrayList<>();
            for (int a = 0; a < activities; a++) {
                Activity activity = store.addActivity(m.id(), "Activity " + a + " & \"follow-up\"", "Phase " + (a / 25), a);
                for (int r = 0; r < rs.size(); r++) {
                    Letters letters = r == a % roles ? Letters.of(Raci.A) : (r + a) % 7 == 0 ? Letters.of(Raci.R)
                            : (r + a) % 5 == 0 ? Letters.of(Raci.C) : (r + a) % 3 == 0 ? Letters.of(Raci.I) : Letters.NONE;
                    cells.add(new Cell(rs.get(r).id(), activity.id(), letters));
                }
            }
            store.addCells(m.id(), cells);
            return null;
        });
    }
}
