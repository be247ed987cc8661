package org.socialplaybook.sandbox.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.AfterClass;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.rules.RuleChain;
import org.junit.rules.TestRule;
import org.junit.runners.MethodSorters;
import org.socialplaybook.jira.FakeJira;
import org.socialplaybook.sandbox.SandboxConfig;
import org.socialplaybook.sandbox.confluence.SandboxScheduler;
import org.socialplaybook.sandbox.pages.PageStore;
import org.socialplaybook.testing.SandboxRule;

/**
 * Two sandbox nodes on one database (PostgreSQL when {@code -Dsandbox.test.db=postgresql} or a PostgreSQL
 * {@code ao.jdbc.url} says so, else a shared HSQLDB), each with its own port and data directory, against one fake
 * Jira: what a user of a two-node Data Center would notice. The last test kills node 1, so the order is fixed.
 * Figures (runs per node, times) are printed for the closing note.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TwoNodeClusterTest {
    private static final FakeJira JIRA = new FakeJira();
    private static final ClusterDatabase DB = new ClusterDatabase();
    private static final SandboxRule NODE1 = new SandboxRule(TwoNodeClusterTest::onSharedDatabase);
    private static final SandboxRule NODE2 = new SandboxRule(TwoNodeClusterTest::onSharedDatabase);

    @ClassRule
    public static final TestRule CHAIN = RuleChain.outerRule(JIRA).around(DB).around(NODE1).around(NODE2);

    private static final String BOARD = "/feedback/pages/1401/boards/followups";
    private static final String DIGEST = "/news/1504";
    private static final List<String> FIGURES = new CopyOnWriteArrayList<>();

    private static SandboxConfig onSharedDatabase(SandboxConfig c) {
        return new SandboxConfig(c.port(), c.contextPath(), c.dataDirectory(), false, DB.url(), DB.user(), DB.password(),
                JIRA.url(), null, FakeJira.TOKEN, c.clock(), c.extraRestClasses(), false);
    }

    @AfterClass
    public static void printFigures() {
        System.out.println("=== Two-node cluster on " + DB.engine() + " ===");
        FIGURES.forEach(f -> System.out.println("  " + f));
    }

    // --- 1: a write on one node is read on the other at once ---

    @Test
    public void t1_aWriteOnNode1IsReadOnNode2AtOnce() {
        long start = System.nanoTime();
        int id = addFollowUp(NODE1, "Written on node 1");
        JsonNode onNode2 = followUp(NODE2, id);
        long followUpMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals("Written on node 1", onNode2.get("title").asText());
        ok(NODE2.postJson("liam", BOARD + "/followups/" + id + "/done", "{\"done\":true,\"version\":1}"), 200);
        assertTrue("node 1 sees node 2's change", followUp(NODE1, id).get("done").asBoolean());

        PageStore.StoredPage page = NODE1.sandbox().pages().find(1401).orElseThrow();
        NODE1.sandbox().pages().save(1401, page.storage() + "<p>Edited on node one</p>", "sofia", Instant.now());
        String rendered = NODE2.viewPage("sofia", 1401);
        assertTrue("node 2 renders node 1's page edit", rendered.contains("Edited on node one"));
        assertEquals(page.version() + 1, NODE2.sandbox().pages().find(1401).orElseThrow().version());
        FIGURES.add("write on node 1, read on node 2: " + followUpMs + " ms (follow-up created and read back)");
    }

    // --- 2: the same change with the same version on both nodes: one wins, the other gets 409 ---

    @Test
    public void t2_theSameChangeWithTheSameVersionOnBothNodesWinsOnceTheOtherGets409() throws Exception {
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            int id = addFollowUp(NODE1, "Raced " + round);
            List<HttpResponse<String>> answers = atOnce(node ->
                    node.postJson("liam", BOARD + "/followups/" + id + "/done", "{\"done\":true,\"version\":1}"));
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();

            assertEquals("round " + round + ": " + answers.stream().map(HttpResponse::body).toList(), List.of(200, 409), statuses);
            HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            assertEquals("social-playbook.feedback.changed-meanwhile", SandboxRule.json(loser).get("key").asText());
            assertEquals(2, followUp(NODE2, id).get("version").asInt());
        }

        int pageVersion = NODE1.sandbox().pages().find(1402).orElseThrow().version();
        List<Optional<PageStore.StoredPage>> saves = atOnce(node -> node.sandbox().pages()
                .save(1402, pageVersion, "<p>Saved by " + node.sandbox().nodeId() + "</p>", "sofia", Instant.now()));
        assertEquals("one page save wins", 1, saves.stream().filter(Optional::isPresent).count());
        assertEquals(pageVersion + 1, NODE2.sandbox().pages().find(1402).orElseThrow().version());
        FIGURES.add("same version on both nodes: " + rounds + " rounds, each exactly one 200 and one 409; page save: one of two");
    }

    // --- 3: "Publish now" on both nodes at once: one blog post, one mail per reader ---

    @Test
    public void t3_publishNowOnBothNodesAtOncePublishesOneBlogPostAndOneMailPerReader() throws Exception {
        ok(NODE1.putJson("sofia", DIGEST + "/settings", "{\"enabled\": false, \"timeZone\": \"Europe/Madrid\", \"mail\": true,"
                + " \"readerGroups\": [\"social-team\", \"managers\"], \"version\": 0}"), 200);
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = atOnce(node -> node.postJson("sofia", DIGEST + "/digest/publish", "{}"));
        long ms = (System.nanoTime() - start) / 1_000_000;

        // one publishes; the other hears it is out already, or (still running) 409 "being published right now"
        List<String> kinds = answers.stream().map(a -> a.statusCode() == 409
                ? SandboxRule.json(a).get("key").asText() : a.statusCode() + " " + SandboxRule.json(a).get("kind").asText())
                .sorted().toList();
        assertEquals(kinds.toString(), "200 PUBLISHED", kinds.get(0).equals("200 PUBLISHED") ? kinds.get(0) : kinds.get(1));
        assertTrue(kinds.toString(), kinds.contains("200 ALREADY_PUBLISHED") || kinds.contains("social-playbook.news.error.digest-running"));
        JsonNode archive1 = SandboxRule.json(NODE1.get("victor", DIGEST + "/digests"));
        JsonNode archive2 = SandboxRule.json(NODE2.get("victor", DIGEST + "/digests"));
        assertEquals(archive1.toString(), 1, archive1.size());
        assertEquals(archive1, archive2);
        long blogId = archive2.get(0).get("contentId").asLong();
        String title = archive2.get(0).get("title").asText();
        for (SandboxRule node : List.of(NODE1, NODE2)) {
            assertTrue("the blog post opens on " + node.sandbox().nodeId(),
                    node.viewPage("victor", blogId).contains(org.socialplaybook.sandbox.confluence.VelocityTemplates.escapeHtml(title)));
        }
        long blogPosts = NODE1.sandbox().pages().all().stream().filter(p -> p.title().equals(title)).count();
        assertEquals("one blog post", 1, blogPosts);

        Map<String, Integer> mailsPerReader = new TreeMap<>();
        int node1Mails = 0;
        int node2Mails = 0;
        for (SandboxRule node : List.of(NODE1, NODE2)) {
            for (String to : recipients(node)) {
                mailsPerReader.merge(to, 1, Integer::sum);
                if (node == NODE1) {
                    node1Mails++;
                } else {
                    node2Mails++;
                }
            }
        }
        assertFalse("mails went out", mailsPerReader.isEmpty());
        assertTrue("one mail per reader: " + mailsPerReader, mailsPerReader.values().stream().allMatch(n -> n == 1));
        assertEquals(archive2.get(0).get("mails").asInt(), mailsPerReader.size());
        FIGURES.add("publish now on both nodes at once: 1 blog post (id " + blogId + "), " + mailsPerReader.size()
                + " readers with one mail each (node 1 sent " + node1Mails + ", node 2 sent " + node2Mails + "), answers "
                + kinds + ", " + ms + " ms");
    }

    // --- 4: "Create in Jira" for the same follow-ups from both nodes at once: one issue each ---

    @Test
    public void t4_createInJiraForTheSameFollowUpsFromBothNodesAtOnceCreatesOneIssueEach() throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(addFollowUp(i % 2 == 0 ? NODE1 : NODE2, "To Jira from both nodes " + i));
        }
        String body = "{\"ids\":" + ids + ",\"project\":\"SOC\"}";
        long start = System.nanoTime();
        List<HttpResponse<String>> answers = atOnce(node -> node.postJson("liam", BOARD + "/followups/jira", body));
        long ms = (System.nanoTime() - start) / 1_000_000;
        answers.forEach(a -> assertEquals(a.body(), 200, a.statusCode()));

        for (int i = 0; i < 3; i++) {
            String title = "To Jira from both nodes " + i;
            long issues = JIRA.issues().stream().filter(issue -> issue.summary.equals(title)).count();
            assertEquals("one issue for " + title, 1, issues);
        }
        for (int id : ids) {
            JsonNode on1 = followUp(NODE1, id);
            JsonNode on2 = followUp(NODE2, id);
            assertEquals(on1.toString(), "LINKED", on1.get("jiraState").asText());
            assertEquals(on1.get("jiraKey").asText(), on2.get("jiraKey").asText());
        }
        FIGURES.add("create in Jira from both nodes at once: 3 follow-ups, 3 issues, " + ms + " ms");
    }

    // --- 5: a once-per-cluster job fires on exactly one node per run; a local job on every node ---

    @Test
    public void t5_aOncePerClusterJobFiresOnExactlyOneNodePerRunOverSeveralRuns() throws Exception {
        long interval = 400;
        int periods = 10;
        List<Run> cluster = new CopyOnWriteArrayList<>();
        List<Run> local = new CopyOnWriteArrayList<>();
        JobId clusterJob = JobId.of("cluster-test-once");
        JobId localJob = JobId.of("cluster-test-local");
        long now = System.currentTimeMillis();
        for (SandboxRule node : List.of(NODE1, NODE2)) {
            SandboxScheduler scheduler = node.sandbox().scheduler();
            String nodeId = node.sandbox().nodeId();
            scheduler.registerJobRunner(JobRunnerKey.of("cluster-test-once"), request -> {
                cluster.add(new Run(nodeId, System.currentTimeMillis()));
                return JobRunnerResponse.success();
            });
            scheduler.registerJobRunner(JobRunnerKey.of("cluster-test-local"), request -> {
                local.add(new Run(nodeId, System.currentTimeMillis()));
                return JobRunnerResponse.success();
            });
            // each node schedules at its own start, as the plugin's jobs do in onStart: their timers differ
            long offset = node == NODE1 ? 100 : 100 + interval / 3;
            scheduler.scheduleJob(clusterJob, JobConfig.forJobRunnerKey(JobRunnerKey.of("cluster-test-once"))
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(Schedule.forInterval(interval, new Date(now + offset))));
            scheduler.scheduleJob(localJob, JobConfig.forJobRunnerKey(JobRunnerKey.of("cluster-test-local"))
                    .withRunMode(RunMode.RUN_LOCALLY).withSchedule(Schedule.forInterval(interval, new Date(now + offset))));
        }
        Thread.sleep(100 + interval / 3 + periods * interval - interval / 2);
        for (SandboxRule node : List.of(NODE1, NODE2)) {
            node.sandbox().scheduler().unscheduleJob(clusterJob);
            node.sandbox().scheduler().unscheduleJob(localJob);
        }
        Thread.sleep(50);

        List<Run> runs = new ArrayList<>(cluster);
        runs.sort((a, b) -> Long.compare(a.at(), b.at()));
        assertTrue("about one run per interval: " + runs, runs.size() >= periods - 1 && runs.size() <= periods + 1);
        for (int i = 1; i < runs.size(); i++) {
            long gap = runs.get(i).at() - runs.get(i - 1).at();
            assertTrue("never two runs of one period (gap " + gap + " ms): " + runs, gap >= interval / 2);
        }
        Map<String, Long> perNode = runs.stream().collect(Collectors.groupingBy(Run::node, TreeMap::new, Collectors.counting()));
        Map<String, Long> localPerNode = local.stream().collect(Collectors.groupingBy(Run::node, TreeMap::new, Collectors.counting()));
        assertEquals("a RUN_LOCALLY job runs on every node: " + localPerNode, 2, localPerNode.size());
        localPerNode.values().forEach(n -> assertTrue("each node ran the local job every interval: " + localPerNode, n >= periods - 1));
        FIGURES.add("once-per-cluster job, " + interval + " ms interval, nodes' timers " + interval / 3 + " ms apart: "
                + runs.size() + " runs in " + periods + " periods, per node " + perNode + "; RUN_LOCALLY per node " + localPerNode);
    }

    // --- 6: a node killed mid-run is taken over once its lease expires ---

    @Test
    public void t6_aNodeKilledMidRunIsTakenOverWhenItsLeaseExpires() throws Exception {
        Duration lease = Duration.ofMillis(1500);
        long interval = 300;
        JobId job = JobId.of("cluster-test-takeover");
        JobRunnerKey key = JobRunnerKey.of("cluster-test-takeover");
        CountDownLatch node1Running = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<Run> node2Runs = new CopyOnWriteArrayList<>();
        SandboxScheduler s1 = NODE1.sandbox().scheduler();
        SandboxScheduler s2 = NODE2.sandbox().scheduler();
        s1.setLease(lease);
        s2.setLease(lease);
        s1.registerJobRunner(key, request -> {
            node1Running.countDown();
            try {
                never.await(); // hangs until the node is killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return JobRunnerResponse.success();
        });
        s2.registerJobRunner(key, request -> {
            node2Runs.add(new Run(NODE2.sandbox().nodeId(), System.currentTimeMillis()));
            return JobRunnerResponse.success();
        });
        long now = System.currentTimeMillis();
        s1.scheduleJob(job, JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forInterval(interval, new Date(now + 50))));
        assertTrue("node 1 started the run", node1Running.await(5, TimeUnit.SECONDS));
        s2.scheduleJob(job, JobConfig.forJobRunnerKey(key).withSchedule(Schedule.forInterval(interval, new Date(System.currentTimeMillis() + 100))));
        Thread.sleep(lease.toMillis() + interval);
        assertTrue("while node 1 runs (and renews its lease), node 2 does not: " + node2Runs, node2Runs.isEmpty());

        long killedAt = System.currentTimeMillis();
        NODE1.sandbox().kill();
        // node 1 is gone; its claim and lease stay in the database
        assertEquals(NODE1.sandbox().nodeId(), s2.claim(job).orElseThrow().nodeId());
        long deadline = killedAt + lease.toMillis() + 10 * interval;
        while (node2Runs.size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        s2.unscheduleJob(job);
        s2.setLease(SandboxScheduler.DEFAULT_LEASE);

        assertTrue("node 2 took over: " + node2Runs, node2Runs.size() >= 3);
        long takeover = node2Runs.get(0).at() - killedAt;
        assertTrue("not before the lease expired (" + takeover + " ms)", takeover >= 0);
        assertTrue("within the lease plus two intervals (" + takeover + " ms)", takeover <= lease.toMillis() + 2 * interval + 500);
        FIGURES.add("node 1 killed mid-run (lease " + lease.toMillis() + " ms, interval " + interval + " ms): node 2 took over after "
                + takeover + " ms, then ran " + node2Runs.size() + " times");
    }

    // --- helpers ---

    record Run(String node, long at) {
    }

    /** Runs the same call on both nodes at the same moment; the answers in node order. */
    private static <T> List<T> atOnce(Function<SandboxRule, T> call) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (SandboxRule node : List.of(NODE1, NODE2)) {
                futures.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return call.apply(node);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int addFollowUp(SandboxRule node, String title) {
        JsonNode answer = ok(node.postJson("liam", BOARD + "/followups",
                "{\"title\":\"" + title + "\",\"owner\":\"liam\",\"due\":\"2026-12-15\",\"description\":\"Cluster test\"}"), 201);
        return answer.get("result").get("id").asInt();
    }

    private static JsonNode followUp(SandboxRule node, int id) {
        for (JsonNode f : ok(node.get("sofia", BOARD), 200).get("board").get("followUps")) {
            if (f.get("id").asInt() == id) {
                return f;
            }
        }
        throw new AssertionError("Follow-up " + id + " not on the board of " + node.sandbox().nodeId());
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        return SandboxRule.json(response);
    }

    private static List<String> recipients(SandboxRule node) {
        Path dir = node.sandbox().mailServer().directory();
        if (!Files.isDirectory(dir)) {
            return Collections.emptyList();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> to = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
                Files.readAllLines(f).stream().filter(l -> l.startsWith("To: ")).findFirst().ifPresent(l -> to.add(l.substring(4)));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
