package org.socialplaybook.news;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.ClassRule;
import org.junit.Test;
import org.socialplaybook.testing.SandboxRule;

/**
 * The Monday digest end to end on an empty sandbox whose clock the test moves: the scheduled job publishes the week's
 * blog post and one mail per reader, runs of the same week (the job again, "publish now") publish nothing, and the
 * next Monday's run publishes the next week with only that week's headlines.
 */
public class DigestPublishTest {
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-19T10:00:00Z"); // a Thursday

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final MovableClock CLOCK = new MovableClock();

    @ClassRule
    public static final SandboxRule SANDBOX = new SandboxRule(c -> c.withoutDemoData().withClock(CLOCK));

    @Test
    public void theMondayJobPublishesEachWeekOnceWithThatWeeksHeadlinesAndOneMailPerReader() throws Exception {
        HttpResponse<String> saved = SANDBOX.putJson("sofia", "/news/1504/settings", """
                {"enabled": true, "timeZone": "Europe/Madrid", "mail": true, "readerUsers": ["marco"],
                 "readerGroups": ["customer-care"], "allowedHosts": [], "version": 0}""");
        assertEquals(saved.body(), 200, saved.statusCode());
        assertEquals(201, SANDBOX.postJson("liam", "/news/1503/headlines",
                "{\"title\": \"Week one news\", \"url\": \"https://news.example.com/1\", \"tag\": \"platforms\"}").statusCode());
        CLOCK.advance(Duration.ofDays(4).minusHours(4)); // Monday 23 Nov, 07:00 in Madrid

        SANDBOX.sandbox().scheduler().runNow(DigestJob.jobId("SOCIAL"));
        SANDBOX.sandbox().scheduler().runNow(DigestJob.jobId("SOCIAL"));
        HttpResponse<String> byHand = SANDBOX.postJson("sofia", "/news/1504/digest/publish", "{}");

        JsonNode archive = SandboxRule.json(SANDBOX.get("victor", "/news/1504/digests"));
        assertEquals(1, archive.size());
        JsonNode issue = archive.get(0);
        assertEquals("2026-W48", issue.get("weekLabel").asText());
        assertEquals("PUBLISHED", issue.get("state").asText());
        assertEquals(1, issue.get("headlines").asInt());
        assertEquals("marco and nora (customer-care)", 2, issue.get("mails").asInt());
        assertEquals("ALREADY_PUBLISHED", SandboxRule.json(byHand).get("kind").asText());
        assertEquals(2, mails());
        String blog = SANDBOX.viewPage("victor", issue.get("contentId").asLong());
        assertTrue(blog.contains("Social Media Team: Monday digest, week 2026-W48"));
        assertTrue(blog.contains("Week one news"));

        assertEquals(201, SANDBOX.postJson("nora", "/news/1503/headlines",
                "{\"title\": \"Week two news\", \"url\": \"https://news.example.com/2\"}").statusCode());
        CLOCK.advance(Duration.ofDays(7));
        SANDBOX.sandbox().scheduler().runNow(DigestJob.jobId("SOCIAL"));

        JsonNode next = SandboxRule.json(SANDBOX.get("victor", "/news/1504/digests")).get(0);
        assertEquals("2026-W49", next.get("weekLabel").asText());
        assertEquals(1, next.get("headlines").asInt());
        assertEquals(4, mails());
        String secondBlog = SANDBOX.viewPage("victor", next.get("contentId").asLong());
        assertTrue(secondBlog.contains("Week two news"));
        assertTrue("last week's headline is not repeated", !secondBlog.contains("Week one news"));
    }

    private static long mails() throws Exception {
        Path dir = SANDBOX.sandbox().mailServer().directory();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".eml")).count();
        }
    }
}
