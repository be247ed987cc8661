package org.socialplaybook.guidelines;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.Test;
import org.socialplaybook.platform.CurrentUser;
import org.socialplaybook.platform.PageAccess;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.Sandbox;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.ao.EmbeddedActiveObjects;

/**
 * What guideline status costs. Part 1: the "Social media guidelines" page with 1, 20 and 100 guideline blocks,
 * each with 100 or 5,000 acknowledgements, rendered by the sandbox (real macros, Velocity, AO on HSQLDB) for a
 * reader and for a space admin (who also gets each block's progress bar): median time and SQL statements per
 * page view. Part 2: the owner's report and the progress of one guideline whose audience is 2,000 people, and
 * the reader status of 20 guidelines with that audience. Measures only; asserts nothing.
 * Run: {@code mvn test -Dtest='GuidelineStatusBenchmark' -Dsurefire.failIfNoSpecifiedTests=false}
 */
public class GuidelineStatusBenchmark {
    private static final int RUNS = 5;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> lines = new ArrayList<>();

    @Test
    public void guidelineStatusCost() throws Exception {
        Path data = Files.createTempDirectory("guideline-benchmark");
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.forTests(data).withoutDemoData())) {
            print("Guideline status benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, HSQLDB in memory, "
                    + RUNS + " runs, median)");
            print("");
            print("Part 1: page view with N guideline blocks, each with A acknowledgements");
            print(String.format("%7s %7s | %12s %8s | %12s %8s", "blocks", "acks", "reader ms", "queries", "admin ms", "queries"));
            for (int blocks : new int[] {1, 20, 100}) {
                for (int acks : new int[] {100, 5000}) {
                    pageCase(sandbox, blocks, acks);
                }
            }
            print("");
            print("Part 2: one guideline, audience of 2,000 people (a group), A acknowledgements");
            print(String.format("%7s | %12s %8s | %12s %8s | %22s %8s", "acks", "report ms", "queries", "bar ms",
                    "queries", "20 statuses (reader) ms", "queries"));
            for (int acks : new int[] {100, 5000}) {
                audienceCase(sandbox, acks);
            }
        }
        Path out = Path.of("target/benchmarks/guideline-status.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private void pageCase(Sandbox sandbox, int blocks, int acks) throws Exception {
        String prefix = "b" + blocks + "-a" + acks + "-";
        StringBuilder storage = new StringBuilder("<p>Benchmark page.</p>");
        for (int i = 0; i < blocks; i++) {
            storage.append(GuidelineSandbox.block(prefix + i, "<p>Guideline number " + i
                    + ": answer customers within two hours, kindly.</p><table><tbody><tr><th>Do</th><th>Don't</th></tr>"
                    + "<tr><td>Listen first.</td><td>Argue in public.</td></tr></tbody></table>",
                    "audience-groups", "social-team", "due-days", "14"));
        }
        sandbox.pages().save(GuidelineSandbox.GUIDELINES_PAGE, storage.toString(), "sofia", Instant.now());
        view(sandbox, "sofia");
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        List<Guideline> guidelines = new ArrayList<>();
        for (int i = 0; i < blocks; i++) {
            guidelines.add(store.find("SOCIAL", prefix + i).orElseThrow());
        }
        insertAcknowledgements(sandbox.activeObjects(), guidelines, acks, sandbox.userKey("liam"));
        long[] reader = measure(sandbox, "liam");
        long[] admin = measure(sandbox, "sofia");
        print(String.format("%7d %7d | %12d %8d | %12d %8d", blocks, acks, reader[0], reader[1], admin[0], admin[1]));
    }

    private void audienceCase(Sandbox sandbox, int acks) throws Exception {
        Set<String> audience = new LinkedHashSet<>();
        audience.add(sandbox.userKey("sofia"));
        for (int i = 1; i < 2000; i++) {
            audience.add("member-" + i);
        }
        GuidelinePeople bigDirectory = new GuidelinePeople(null, null) {
            @Override
            public boolean isMember(String userKey, String group) {
                return audience.contains(userKey);
            }

            @Override
            public Set<String> members(String group) {
                return audience;
            }

            @Override
            public java.util.Map<String, org.socialplaybook.platform.Person> describeAll(java.util.Collection<String> keys) {
                java.util.Map<String, org.socialplaybook.platform.Person> people = new java.util.LinkedHashMap<>();
                keys.forEach(k -> people.put(k, new org.socialplaybook.platform.Person(k, k, "Person " + k, null, true)));
                return people;
            }
        };
        EmbeddedActiveObjects ao = sandbox.activeObjects();
        GuidelineStore store = sandbox.components().get(GuidelineStore.class);
        TimeSource time = new TimeSource();
        PageAccess pageAccess = sandbox.components().get(PageAccess.class);
        CurrentUser currentUser = sandbox.components().get(CurrentUser.class);
        GuidelineReports reports = new GuidelineReports(store, bigDirectory, pageAccess, currentUser, time);
        GuidelineService service = new GuidelineService(store, bigDirectory, pageAccess, currentUser, time);
        List<Guideline> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            GuidelineSettings settings = new GuidelineSettings("aud-" + acks + "-" + i, "Audience " + i,
                    GuidelineCategory.GENERAL, GuidelineLevel.MUST, new Audience(Set.of(), Set.of("everyone")), true, 14,
                    ReackPolicy.EVERY_CHANGE, "", Set.of(), List.of(), null, null, false);
            twenty.add(store.record(null, "SOCIAL", GuidelineSandbox.GUIDELINES_PAGE, settings,
                    new GuidelineStore.Observed("fp" + i, "", "text " + i, 2, 1), Instant.now()));
        }
        insertAcknowledgements(ao, twenty, acks, sandbox.userKey("sofia"));
        Guideline first = twenty.get(0);
        long[] report = measureWork(ao, () -> sandbox.as("sofia", () -> reports.report("SOCIAL", first.key())));
        long[] bar = measureWork(ao, () -> sandbox.as("sofia", () -> reports.progress(first)));
        long[] statuses = measureWork(ao, () -> sandbox.as("sofia", () -> {
            twenty.forEach(service::situation);
            return null;
        }));
        print(String.format("%7d | %12d %8d | %12d %8d | %22d %8d", acks, report[0], report[1], bar[0], bar[1],
                statuses[0], statuses[1]));
    }

    /** Acknowledgements of each guideline's current version, straight into the table (setup, not measured). */
    private static void insertAcknowledgements(EmbeddedActiveObjects ao, List<Guideline> guidelines, int perGuideline,
                                               String alsoUser) throws Exception {
        String table = ao.tableName(GuidelineAckEntity.class);
        try (Connection c = ao.openJdbcConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (GUIDELINE_ID, VERSION_ID, SPACE_KEY,"
                     + " USER_KEY, FINGERPRINT, REVISION, ACKNOWLEDGED_AT, ACK_TOKEN) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            Timestamp when = Timestamp.from(Instant.now().minusSeconds(3600));
            int pending = 0;
            for (Guideline g : guidelines) {
                for (int i = 0; i < perGuideline; i++) {
                    String user = i == 0 && alsoUser != null ? alsoUser : "member-" + i;
                    insert.setInt(1, g.id());
                    insert.setInt(2, g.currentVersionId());
                    insert.setString(3, g.spaceKey());
                    insert.setString(4, user);
                    insert.setString(5, g.currentFingerprint());
                    insert.setInt(6, g.currentRevision());
                    insert.setTimestamp(7, when);
                    insert.setString(8, g.currentVersionId() + ":" + user);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private long[] measure(Sandbox sandbox, String user) throws Exception {
        view(sandbox, user);
        return measureWork(sandbox.activeObjects(), () -> {
            view(sandbox, user);
            return null;
        });
    }

    private interface Work {
        Object run() throws Exception;
    }

    /** Median milliseconds and the statements of one run. */
    private static long[] measureWork(EmbeddedActiveObjects ao, Work work) throws Exception {
        work.run();
        long[] times = new long[RUNS];
        long statements = 0;
        for (int i = 0; i < RUNS; i++) {
            ao.statements().reset();
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
            statements = ao.statements().count();
        }
        java.util.Arrays.sort(times);
        return new long[] {times[RUNS / 2], statements};
    }

    private void view(Sandbox sandbox, String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                        + "/pages/viewpage.action?pageId=" + GuidelineSandbox.GUIDELINES_PAGE))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("conf-macro-error")) {
            throw new IllegalStateException("page view failed: HTTP " + response.statusCode());
        }
    }

    private void print(String line) {
        System.out.println(line);
        lines.add(line);
    }
}
