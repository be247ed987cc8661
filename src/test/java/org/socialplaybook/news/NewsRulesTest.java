package org.socialplaybook.news;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.Test;
import org.socialplaybook.platform.PlaybookException;

public class NewsRulesTest {
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    public void onMondayBefore7InMadridTheDueDigestIsStillLastWeeks() {
        NewsRules.Window due = NewsRules.dueIssue(Instant.parse("2026-11-23T05:59:00Z"), MADRID); // 06:59 in Madrid

        assertEquals("2026-W47", due.label());
        assertEquals(Instant.parse("2026-11-09T06:00:00Z"), due.start());
        assertEquals(Instant.parse("2026-11-16T06:00:00Z"), due.end());
    }

    @Test
    public void at7OnMondayInMadridTheNewWeeksDigestIsDueAndCoversTheSevenDaysBefore() {
        NewsRules.Window due = NewsRules.dueIssue(Instant.parse("2026-11-23T06:00:00Z"), MADRID);

        assertEquals("2026-W48", due.label());
        assertEquals(Instant.parse("2026-11-16T06:00:00Z"), due.start());
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), due.end());
    }

    @Test
    public void thePreviewCollectsFromTheLastMonday7UntilTheNextAndIsLabelledWithTheNextWeek() {
        NewsRules.Window upcoming = NewsRules.upcomingIssue(Instant.parse("2026-11-26T12:00:00Z"), MADRID);

        assertEquals("2026-W49", upcoming.label());
        assertEquals(Instant.parse("2026-11-23T06:00:00Z"), upcoming.start());
        assertEquals(Instant.parse("2026-11-30T06:00:00Z"), upcoming.end());
    }

    @Test
    public void aWeekAcrossTheChangeToSummerTimeStillEndsAt7Local() {
        NewsRules.Window due = NewsRules.dueIssue(Instant.parse("2026-03-30T10:00:00Z"), MADRID);

        assertEquals(Instant.parse("2026-03-23T06:00:00Z"), due.start()); // 07:00 CET
        assertEquals(Instant.parse("2026-03-30T05:00:00Z"), due.end());   // 07:00 CEST
    }

    @Test
    public void theSameMomentIsADifferentWeekInTokyoAndInNewYork() {
        Instant mondayMorningUtc = Instant.parse("2026-11-23T01:00:00Z"); // 10:00 Monday in Tokyo, 20:00 Sunday in New York

        assertEquals("2026-W48", NewsRules.dueIssue(mondayMorningUtc, ZoneId.of("Asia/Tokyo")).label());
        assertEquals("2026-W47", NewsRules.dueIssue(mondayMorningUtc, ZoneId.of("America/New_York")).label());
    }

    @Test
    public void onlyHttpAndHttpsLinksWithAHostAndNoCredentialsAreAccepted() {
        assertEquals("https://news.example.com/a?b=1", NewsRules.requireLink("url", " https://news.example.com/a?b=1 ").toString());
        for (String bad : List.of("javascript:alert(1)", "ftp://files.example.com/x", "https://user:pw@example.com/",
                "file:///etc/passwd", "http:///nohost", "not a link", "data:text/html,<b>x</b>")) {
            assertRefused(bad, "social-playbook.news.error.url-invalid");
        }
    }

    @Test
    public void textIsTrimmedAndCheckedForLength() {
        assertEquals("Two spaces", NewsRules.requireText("title", "  Two \n  spaces ", 20));
        try {
            NewsRules.requireText("title", "x".repeat(201), NewsRules.TITLE_MAX);
            fail();
        } catch (PlaybookException e) {
            assertEquals("social-playbook.news.error.too-long", e.key());
            assertEquals("title", e.field());
        }
    }

    @Test
    public void aFeedSummaryLosesItsMarkupScriptsAndExtraLength() {
        String summary = NewsRules.summaryFromHtml("<p>Fast <b>replies</b> &amp; calm</p><script>alert(1)</script>" + " word".repeat(100));

        assertTrue(summary.startsWith("Fast replies & calm word"));
        assertFalse(summary.contains("<") || summary.contains("alert"));
        assertTrue(summary.endsWith("…"));
        assertEquals(NewsRules.SUMMARY_MAX, summary.codePointCount(0, summary.length()));
    }

    @Test
    public void anAllowlistMatchesExactHostsAndSubdomainsOfPatternsButAPatternNeverNamesAHostExactly() {
        Allowlist list = Allowlist.of(List.of("News.Example.com", "*.acme.example", "127.0.0.1", "[::1]"));

        assertTrue(list.allows("news.example.com."));
        assertTrue(list.allows("feeds.acme.example"));
        assertFalse("the pattern is for hosts below the domain", list.allows("acme.example"));
        assertFalse(list.allows("evilacme.example"));
        assertFalse(list.allows("news.example.com.evil.example"));
        assertTrue(list.allows("::1"));
        assertTrue(list.namesExactly("127.0.0.1"));
        assertFalse(list.namesExactly("feeds.acme.example"));
    }

    @Test
    public void allowlistEntriesMustBeHostsPatternsOrAddresses() {
        assertEquals("*.acme.example", NewsRules.hostEntry(" *.ACME.example "));
        assertEquals("10.0.0.7", NewsRules.hostEntry("10.0.0.7"));
        for (String bad : List.of("http://x.example/", "*", "a b", "x.example/path", "*.")) {
            try {
                NewsRules.hostEntry(bad);
                fail(bad);
            } catch (PlaybookException e) {
                assertEquals("social-playbook.news.error.host-entry", e.key());
            }
        }
    }

    private static void assertRefused(String url, String key) {
        try {
            NewsRules.requireLink("url", url);
            fail("accepted " + url);
        } catch (PlaybookException e) {
            assertEquals(url, key, e.key());
        }
    }

    @Test
    public void starterSourcesAreManualUnlessTheySayFeedAndBadOnesGetTheSourceFormsMessages() {
        assertEquals(List.of(), NewsRules.starterSources(null));
        assertEquals(List.of(), NewsRules.starterSources("  ; "));
        assertEquals(List.of(new NewsRules.StarterSource("Social Media Examiner", "https://www.socialmediaexaminer.com/", Source.Kind.MANUAL),
                        new NewsRules.StarterSource("Example feed", "https://feeds.example.com/rss", Source.Kind.FEED)),
                NewsRules.starterSources(" Social Media Examiner | https://www.socialmediaexaminer.com/ ;"
                        + "Example feed|https://feeds.example.com/rss| FEED "));

        assertStarterRefused(" | https://a.example.com/", "social-playbook.news.error.required");
        assertStarterRefused("No link", "social-playbook.news.error.required");
        assertStarterRefused("Ftp | ftp://a.example.com/", "social-playbook.news.error.url-invalid");
        assertStarterRefused("Odd | https://a.example.com/ | rss", "social-playbook.news.error.kind");
        assertStarterRefused("Too | https://a.example.com/ | feed | more", "social-playbook.news.error.starter-invalid");
        assertStarterRefused("x".repeat(NewsRules.NAME_MAX + 1) + " | https://a.example.com/", "social-playbook.news.error.too-long");
        assertStarterRefused("A | https://a.example.com/;".repeat(NewsRules.STARTERS_MAX + 1), "social-playbook.news.error.too-many");
    }

    private static void assertStarterRefused(String starters, String key) {
        try {
            NewsRules.starterSources(starters);
            fail("accepted: " + starters);
        } catch (PlaybookException e) {
            assertEquals(key, e.key());
            assertEquals("starter-sources", e.field());
        }
    }
}
