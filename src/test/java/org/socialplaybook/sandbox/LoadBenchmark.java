package org.socialplaybook.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * A load test in the manner of Atlassian's Data Center App Performance Toolkit, against a sandbox on the embedded
 * default (HSQLDB file, demo data): 1, 20, 50 and 200 concurrent users, each a closed loop of requests for a bounded
 * time, on (a) a trivial authenticated endpoint (the people search, no database), (b) every demo page, (c) a write mix
 * (guideline acknowledgements, a learner's module status, role-matrix cells read-then-written with their version).
 * It prints p50/p95/p99, throughput, errors and each target's p95 over the trivial endpoint's p95 in the same run, and
 * writes them to {@code target/benchmarks/load.txt}. It measures; it asserts nothing.
 * <p>
 * Errors are transport failures, timeouts and any status but 200 — except 409 on a role-matrix cell, which is the
 * answer a stale version deserves (counted apart as conflicts). Client and server share the machine's cores, so the
 * ratios mean more than the absolute times.
 * <p>
 * Run: {@code mvn test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (-Dload.seconds=N per target and
 * level, default 5; -Dload.users=1,20,50,200; -Dload.targets=1504,write to run only the targets whose names contain one
 * of those, with the trivial endpoint always first).
 */
public class LoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[] PAGES = {1001, 1101, 1201, 1202, 1301, 1302, 1401, 1402, 1501, 1502, 1503, 1504};
    private static final String[] READERS = {"sofia", "liam", "nora", "marco", "victor"};
    private static final String[] EDITORS = {"sofia", "liam", "nora", "marco"};
    private static final String[] GUIDELINES = {"tone-of-voice", "responding-to-customers", "crisis-escalation", "privacy",
            "never-post", "emoji"};
    private static final String[] LETTERS = {"R", "A", "C", "I", ""};
    /**
     * The baseline, as DCAPT measures an app: the same sandbox page view (layout, sidebar, permission checks, storage
     * format) of a page of the demo pages' size that holds no macro of the plugin: headings, paragraphs, a table,
     * Confluence's info macro and links to other pages.
     */
    private static final String PLAIN_PAGE = plainPage();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String base;

    @Test
    public void demoPagesAndWritesUnderConcurrentUsers() throws Exception {
        int seconds = Integer.getInteger("load.seconds", 5);
        int[] levels = Arrays.stream(System.getProperty("load.users", "1,20,50,200").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        Path data = Files.createTempDirectory("load-benchmark");
        SandboxConfig config = new SandboxConfig(0, "/confluence", data, false, null, null, null, null, null, null,
                Clock.systemUTC(), List.of(), true);
        try (Sandbox sandbox = Sandbox.start(config)) {
            base = sandbox.baseUrl();
            Writes writes = prepareWrites();
            Map<String, Target> targets = new LinkedHashMap<>();
            targets.put("trivial: GET users/search", user -> get(user, "/rest/social-playbook/1.0/users/search?q=so"));
            long plain = sandbox.pages().create(sandbox.directory().spaceKey(), "Plain page (no plugin macro)", null,
                    PLAIN_PAGE, "sofia", java.time.Instant.now()).id();
            targets.put(BASELINE, user -> get(user, "/pages/viewpage.action?pageId=" + plain));
            for (long page : PAGES) {
                targets.put("page " + page, user -> get(user, "/pages/viewpage.action?pageId=" + page));
            }
            targets.put("write mix", writes::next);
            // -Dload.targets=1504,write: only those (and the trivial endpoint, which every ratio needs), while working
            String only = System.getProperty("load.targets", "");
            if (!only.isBlank()) {
                List<String> wanted = Arrays.stream(only.split(",")).map(String::trim).toList();
                targets.keySet().removeIf(name -> !name.startsWith("trivial") && !name.equals(BASELINE)
                        && wanted.stream().noneMatch(name::contains));
            }

            StringBuilder report = new StringBuilder();
            report.append(String.format(Locale.ROOT, "Load benchmark: %d s per target and level, sandbox on the embedded "
                    + "default (HSQLDB file, demo data), %d cores%n", seconds, Runtime.getRuntime().availableProcessors()));
            for (int users : levels) {
                warmUp(targets, users);
                report.append(String.format(Locale.ROOT, "%n%d concurrent users%n%-28s %8s %8s %8s %8s %8s %9s %7s %9s %8s %9s%n",
                        users, "target", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "409s", "success", "p95/triv",
                        "p95/plain"));
                double trivialP95 = 0;
                double plainP95 = 0;
                double worstRatio = 0;
                double worstPlainRatio = 0;
                long errors = 0;
                for (Map.Entry<String, Target> target : targets.entrySet()) {
                    Result result = run(target.getValue(), users, seconds);
                    double p95 = result.percentile(95);
                    if (trivialP95 == 0) {
                        trivialP95 = Math.max(p95, 0.001);
                    }
                    if (target.getKey().equals(BASELINE)) {
                        plainP95 = Math.max(p95, 0.001);
                    }
                    double ratio = p95 / trivialP95;
                    double plainRatio = plainP95 == 0 ? 0 : p95 / plainP95;
                    if (target.getKey().startsWith("page")) {
                        worstRatio = Math.max(worstRatio, ratio);
                        worstPlainRatio = Math.max(worstPlainRatio, plainRatio);
                    }
                    errors += result.errors;
                    report.append(String.format(Locale.ROOT, "%-28s %8d %8.1f %8.1f %8.1f %8.1f %9d %7d %8.2f%% %8.2f %9s%n",
                            target.getKey(), result.count(), result.count() / result.seconds, result.percentile(50), p95,
                            result.percentile(99), result.errors, result.conflicts, 100.0 * result.successRate(), ratio,
                            plainP95 == 0 ? "" : String.format(Locale.ROOT, "%.2f", plainRatio)));
                    if (!result.firstError.isEmpty()) {
                        report.append("    first error: ").append(result.firstError.peek()).append('\n');
                    }
                }
                report.append(String.format(Locale.ROOT, "-> %d users: %d errors; worst page p95 = %.2f x the trivial "
                        + "endpoint's (bar: 0 errors, at most 2x at 200 users), %.2f x the plain page's%n", users, errors,
                        worstRatio, worstPlainRatio));
            }
            System.out.print(report);
            Path out = Path.of("target/benchmarks/load.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        }
    }

    private static final String BASELINE = "baseline: plain page";

    private static String plainPage() {
        StringBuilder page = new StringBuilder("<p>How the team works, in plain words: a page as a wiki holds thousands.</p>");
        page.append("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"><ac:rich-text-body><p>Read this first.")
                .append("</p></ac:rich-text-body></ac:structured-macro>");
        for (int section = 1; section <= 4; section++) {
            page.append("<h2>Section ").append(section).append("</h2><p>")
                    .append("Some sentences about the way we work, who to ask and where things are. ".repeat(6))
                    .append("See <ac:link><ri:page ri:content-title=\"Our goals\"/></ac:link> and ")
                    .append("<ac:link><ri:page ri:content-title=\"Meet the social team\"/></ac:link>.</p>");
        }
        page.append("<table><tbody><tr><th>Who</th><th>What</th><th>When</th></tr>");
        for (int row = 1; row <= 12; row++) {
            page.append("<tr><td>Person ").append(row).append("</td><td>Task ").append(row)
                    .append(", described in a few words</td><td>Week ").append(row).append("</td></tr>");
        }
        return page.append("</tbody></table>").toString();
    }

    private void warmUp(Map<String, Target> targets, int users) throws InterruptedException {
        for (Target target : targets.values()) {
            run(target, Math.min(users, 4), 1);
        }
    }

    /** {@code users} threads, each sending one request after the other until {@code seconds} are up. */
    private Result run(Target target, int users, int seconds) throws InterruptedException {
        Result result = new Result();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(users);
        AtomicInteger index = new AtomicInteger();
        long started = System.nanoTime();
        for (int i = 0; i < users; i++) {
            String user = READERS[index.getAndIncrement() % READERS.length];
            Thread thread = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        Outcome outcome;
                        try {
                            outcome = target.send(user);
                        } catch (IOException | RuntimeException e) {
                            outcome = Outcome.error(e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                        mine.add(System.nanoTime() - start);
                        result.record(outcome);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    result.latencies.addAll(mine);
                    done.countDown();
                }
            }, "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        result.seconds = (System.nanoTime() - started) / 1e9;
        return result;
    }

    private Outcome get(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
        return response.statusCode() == 200 ? Outcome.OK
                : Outcome.error("GET " + path + " as " + user + ": HTTP " + response.statusCode());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + auth).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/rest/social-playbook/1.0" + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** The demo ids the write mix needs, read the way a browser finds them: from the pages and the REST API. */
    private Writes prepareWrites() throws IOException, InterruptedException {
        int matrix = Integer.parseInt(attribute(page("liam", 1101), "data-matrix-id"));
        int programme = Integer.parseInt(attribute(page("liam", 1301), "data-programme-id"));
        JsonNode matrixJson = JSON.readTree(send("liam", HttpRequest.newBuilder(
                URI.create(base + "/rest/social-playbook/1.0/role-matrices/" + matrix)).GET()).body());
        List<Integer> roles = new ArrayList<>();
        matrixJson.get("roles").forEach(r -> roles.add(r.get("id").asInt()));
        List<Integer> activities = new ArrayList<>();
        matrixJson.get("activities").forEach(a -> activities.add(a.get("id").asInt()));
        JsonNode programmeJson = JSON.readTree(send("liam", HttpRequest.newBuilder(
                URI.create(base + "/rest/social-playbook/1.0/training/programmes/" + programme)).GET()).body());
        List<Integer> modules = new ArrayList<>();
        programmeJson.get("state").get("modules").forEach(m -> modules.add(m.get("id").asInt()));
        // only what each person may do: guidelines addressed to them that ask for acknowledgement, training they take
        List<String[]> acknowledgements = new ArrayList<>();
        List<String> learners = new ArrayList<>();
        for (String user : READERS) {
            for (String key : GUIDELINES) {
                HttpResponse<String> status = send(user, HttpRequest.newBuilder(URI.create(
                        base + "/rest/social-playbook/1.0/guidelines/SOCIAL/" + key + "/status")).GET());
                if (status.statusCode() == 200 && JSON.readTree(status.body()).path("canAcknowledge").asBoolean()) {
                    acknowledgements.add(new String[] {user, key});
                }
            }
            if (send(user, json("PUT", "/training/programmes/" + programme + "/my/modules/" + modules.get(0),
                    "{\"status\":\"STARTED\"}")).statusCode() == 200) {
                learners.add(user);
            }
        }
        return new Writes(matrix, roles, activities, programme, modules, acknowledgements, learners);
    }

    private String page(String user, long id) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(URI.create(base + "/pages/viewpage.action?pageId=" + id)).GET()).body();
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"(\\d+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " on the page");
        }
        return m.group(1);
    }

    /** The write mix: in turn an acknowledgement, a learner's module status, a role-matrix cell. */
    private final class Writes {
        private final int matrix;
        private final List<Integer> roles;
        private final List<Integer> activities;
        private final int programme;
        private final List<Integer> modules;
        private final List<String[]> acknowledgements;
        private final List<String> learners;
        private final AtomicInteger turn = new AtomicInteger();

        Writes(int matrix, List<Integer> roles, List<Integer> activities, int programme, List<Integer> modules,
               List<String[]> acknowledgements, List<String> learners) {
            this.acknowledgements = acknowledgements;
            this.learners = learners;
            this.matrix = matrix;
            this.roles = roles;
            this.activities = activities;
            this.programme = programme;
            this.modules = modules;
        }

        Outcome next(String ignored) throws IOException, InterruptedException {
            int n = turn.getAndIncrement();
            String[] acknowledgement = acknowledgements.get((n / 3) % acknowledgements.size());
            return switch (n % 3) {
                case 0 -> acknowledge(acknowledgement[0], acknowledgement[1]);
                case 1 -> moduleStatus(learners.get((n / 3) % learners.size()), modules.get((n / 3) % modules.size()),
                        (n / 3) % 2 == 0);
                default -> cell(EDITORS[(n / 3) % EDITORS.length], n / 3);
            };
        }

        private Outcome acknowledge(String user, String key) throws IOException, InterruptedException {
            HttpResponse<String> status = send(user, HttpRequest.newBuilder(URI.create(
                    base + "/rest/social-playbook/1.0/guidelines/SOCIAL/" + key + "/status")).GET());
            if (status.statusCode() != 200) {
                return Outcome.error("status of " + key + " as " + user + ": HTTP " + status.statusCode());
            }
            int version = JSON.readTree(status.body()).get("versionId").asInt();
            HttpResponse<String> ack = send(user, json("POST", "/guidelines/SOCIAL/" + key + "/acknowledgements",
                    "{\"versionId\":" + version + "}"));
            return ack.statusCode() == 200 ? Outcome.OK
                    : Outcome.error("acknowledge " + key + " as " + user + ": HTTP " + ack.statusCode() + " " + ack.body());
        }

        private Outcome moduleStatus(String user, int module, boolean done) throws IOException, InterruptedException {
            HttpResponse<String> put = send(user, json("PUT", "/training/programmes/" + programme + "/my/modules/" + module,
                    "{\"status\":\"" + (done ? "COMPLETED" : "NOT_STARTED") + "\"}"));
            return put.statusCode() == 200 ? Outcome.OK
                    : Outcome.error("module " + module + " as " + user + ": HTTP " + put.statusCode() + " " + put.body());
        }

        private Outcome cell(String editor, int n) throws IOException, InterruptedException {
            HttpResponse<String> read = send(editor, HttpRequest.newBuilder(URI.create(
                    base + "/rest/social-playbook/1.0/role-matrices/" + matrix)).GET());
            if (read.statusCode() != 200) {
                return Outcome.error("read matrix as " + editor + ": HTTP " + read.statusCode());
            }
            int version = JSON.readTree(read.body()).get("version").asInt();
            int role = roles.get(n % roles.size());
            int activity = activities.get((n / roles.size()) % activities.size());
            String letters = LETTERS[n % LETTERS.length];
            HttpResponse<String> put = send(editor, json("PUT", "/role-matrices/" + matrix + "/cells",
                    "{\"roleId\":" + role + ",\"activityId\":" + activity + ",\"letters\":\"" + letters + "\",\"version\":"
                            + version + "}"));
            if (put.statusCode() == 409) {
                return Outcome.CONFLICT;
            }
            return put.statusCode() == 200 ? Outcome.OK
                    : Outcome.error("cell as " + editor + ": HTTP " + put.statusCode() + " " + put.body());
        }
    }

    private interface Target {
        Outcome send(String user) throws IOException, InterruptedException;
    }

    private record Outcome(boolean ok, boolean conflict, String error) {
        static final Outcome OK = new Outcome(true, false, null);
        static final Outcome CONFLICT = new Outcome(true, true, null);

        static Outcome error(String message) {
            return new Outcome(false, false, message);
        }
    }

    private static final class Result {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> firstError = new ConcurrentLinkedQueue<>();
        volatile double seconds;
        long errors;
        long conflicts;

        synchronized void record(Outcome outcome) {
            if (!outcome.ok()) {
                errors++;
                if (firstError.isEmpty()) {
                    firstError.add(outcome.error().length() > 300 ? outcome.error().substring(0, 300) : outcome.error());
                }
            } else if (outcome.conflict()) {
                conflicts++;
            }
        }

        int count() {
            return latencies.size();
        }

        synchronized double successRate() {
            return count() == 0 ? 0 : 1.0 - (double) errors / count();
        }

        double percentile(int p) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }
}
