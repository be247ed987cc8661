package org.socialplaybook.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.Test;

/**
 * Where a page render's time goes: prints each demo page's SQL statement count and time once, then renders the pages
 * one after the other for {@code -Dprofile.seconds} (default 20; {@code -Dprofile.page=1001} for one page) under a
 * Java Flight Recorder recording written to {@code target/page-profile.jfr}. Read it with
 * {@code jfr print --events jdk.ExecutionSample target/page-profile.jfr} or {@code jfr summary}. It measures; it asserts
 * nothing. Every view is worked out afresh (the space gets a new version before it, so no kept render is used:
 * {@code RenderedMacros}); {@code -Dprofile.kept=true} profiles views as they come, kept renders used.
 * Run: {@code mvn test -Dtest=PageProfileBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public class PageProfileBenchmark {
    @Test
    public void profile() throws Exception {
        long[] pages = {1001, 1101, 1201, 1301, 1501, 1504};
        String only = System.getProperty("profile.page");
        if (only != null) pages = new long[] {Long.parseLong(only)};
        int seconds = Integer.getInteger("profile.seconds", 20);
        Path data = Files.createTempDirectory("page-profile-benchmark");
        SandboxConfig config = new SandboxConfig(0, "/confluence", data, false, null, null, null, null, null, null,
                Clock.systemUTC(), List.of(), true);
        HttpClient http = HttpClient.newHttpClient();
        boolean kept = Boolean.getBoolean("profile.kept");
        try (Sandbox sandbox = Sandbox.start(config)) {
            org.socialplaybook.platform.SpaceVersions versions =
                    sandbox.components().get(org.socialplaybook.platform.SpaceVersions.class);
            Runnable fresh = () -> {
                if (!kept) {
                    versions.changedAnywhere();
                }
            };
            String auth = Base64.getEncoder().encodeToString("liam:liam".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 30; i++) for (long p : pages) get(http, sandbox.baseUrl(), p, auth);
            for (long p : new long[] {1001, 1101, 1201, 1301, 1501, 1504}) {
                fresh.run();
                sandbox.activeObjects().statements().reset();
                long t0 = System.nanoTime();
                get(http, sandbox.baseUrl(), p, auth);
                System.out.println("page " + p + ": " + sandbox.activeObjects().statements().count() + " statements, "
                        + (System.nanoTime() - t0) / 1000000 + " ms");
            }
            Recording rec = new Recording(Configuration.getConfiguration("profile"));
            rec.start();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            int n = 0;
            while (System.nanoTime() < end) {
                for (long p : pages) { fresh.run(); get(http, sandbox.baseUrl(), p, auth); n++; }
            }
            rec.stop();
            Path out = Path.of("target/page-profile.jfr");
            rec.dump(out);
            System.out.println("renders: " + n + " in " + seconds + " s");
        }
    }

    private static void get(HttpClient http, String base, long page, String auth) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/pages/viewpage.action?pageId=" + page))
                .header("Authorization", "Basic " + auth).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(page + ": " + r.statusCode());
    }
}
