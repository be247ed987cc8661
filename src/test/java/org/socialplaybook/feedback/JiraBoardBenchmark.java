package org.socialplaybook.feedback;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.testing.SandboxRule;

/**
 * A board with 10, 100 and 1,000 linked Jira issues, in the sandbox against the fake Jira: how long the board takes
 * to render (never calling Jira), how long a status refresh takes and how many Jira requests it makes (one search
 * per 100 keys), and a second refresh inside the cache's lifetime (no request at all). Measures; asserts nothing.
 */
public class JiraBoardBenchmark {
    private static final FakeJira JIRA = new FakeJira();
    private static final SandboxRule SANDBOX = new SandboxRule(c -> c.withJira(JIRA.url(), null, FakeJira.TOKEN).withoutDemoData());

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(JIRA).around(SANDBOX);

    @Test
    public void boardsWithTenHundredAndThousandLinkedIssues() throws IOException {
        FeedbackStore store = SANDBOX.sandbox().components().get(FeedbackStore.class);
        String author = SANDBOX.userKey("sofia");
        String owner = SANDBOX.userKey("liam");
        List<String> lines = new ArrayList<>();
        lines.add("JiraBoardBenchmark: board of N linked issues (sandbox, fake Jira on loopback, 2 cores)");
        lines.add(String.format(Locale.ROOT, "%6s | %14s | %15s | %12s | %15s | %12s", "issues", "render ms (med)",
                "refresh ms", "Jira requests", "cached refresh", "Jira requests"));
        for (int n : new int[] {10, 100, 1000}) {
            String board = "bench" + n;
            for (int i = 0; i < n; i++) {
                FollowUp f = store.createFollowUp(new NewFollowUp("SOCIAL", board, 1401, "Follow-up " + i, null, owner,
                        LocalDate.parse("2027-01-15"), author, null, -1, null), java.time.Instant.now());
                store.markLinked(f.id(), JIRA.existing("SOC", "Follow-up " + i).key, null, java.time.Instant.now());
            }
            String path = "/feedback/pages/1401/boards/" + board;
            SANDBOX.get("marco", path);
            long[] renders = new long[5];
            JIRA.resetCounts();
            for (int r = 0; r < renders.length; r++) {
                long start = System.nanoTime();
                SANDBOX.get("marco", path);
                renders[r] = (System.nanoTime() - start) / 1_000_000;
            }
            int renderRequests = JIRA.totalRequests();
            JIRA.resetCounts();
            long start = System.nanoTime();
            JsonNode cold = SandboxRule.json(SANDBOX.postJson("marco", path + "/sync", "{\"force\":true}"));
            long coldMs = (System.nanoTime() - start) / 1_000_000;
            int coldRequests = JIRA.totalRequests();
            JIRA.resetCounts();
            start = System.nanoTime();
            SANDBOX.postJson("marco", path + "/sync", "{\"force\":false}");
            long warmMs = (System.nanoTime() - start) / 1_000_000;
            int warmRequests = JIRA.totalRequests();
            Arrays.sort(renders);
            if (Boolean.getBoolean("bench.breakdown")) {
                BoardViews views = SANDBOX.sandbox().components().get(BoardViews.class);
                BoardRenderer renderer = SANDBOX.sandbox().components().get(BoardRenderer.class);
                SANDBOX.sandbox().as("marco", () -> {
                    long s0 = System.nanoTime();
                    store.followUps("SOCIAL", board);
                    System.out.println("store.followUps " + n + ": " + (System.nanoTime() - s0) / 1_000_000 + " ms");
                    long t0 = System.nanoTime();
                    BoardViews.Board b = views.board(1401, board, "all");
                    long t1 = System.nanoTime();
                    renderer.renderBody(b);
                    long t2 = System.nanoTime();
                    String json = org.socialplaybook.platform.Views.json(b);
                    long t3 = System.nanoTime();
                    System.out.println("breakdown " + n + ": board " + (t1 - t0) / 1_000_000 + " ms, render " + (t2 - t1) / 1_000_000
                            + " ms, json " + (t3 - t2) / 1_000_000 + " ms (" + json.length() + " chars)");
                    return null;
                });
            }
            lines.add(String.format(Locale.ROOT, "%6d | %15d | %15d | %13d | %15d | %12d", n, renders[2], coldMs,
                    coldRequests, warmMs, warmRequests));
            if (renderRequests != 0 || cold.get("result").get("requests").asInt() != coldRequests) {
                lines.add("  (unexpected: render made " + renderRequests + " Jira requests)");
            }
        }
        lines.add("render = GET board (rows + re-rendered HTML), statuses from cache/snapshots; refresh = POST sync force=true;"
                + " cached refresh = POST sync force=false within the cache's " + org.socialplaybook.jira.JiraStatusCache.TTL_SECONDS + " s");
        lines.forEach(System.out::println);
        Path out = Path.of("target/benchmarks/JiraBoardBenchmark.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }
}
