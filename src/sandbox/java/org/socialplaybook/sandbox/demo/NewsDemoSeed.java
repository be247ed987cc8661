package org.socialplaybook.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.socialplaybook.news.DigestPublisher;
import org.socialplaybook.news.NewsService;
import org.socialplaybook.news.NewsStore;
import org.socialplaybook.news.Requests;
import org.socialplaybook.news.Source;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.platform.TimeSource;
import org.socialplaybook.sandbox.DemoSeed;
import org.socialplaybook.sandbox.Sandbox;

/**
 * Demo sources and headlines on "News & sources" (page 1503) and the Monday digest on "Monday digest" (page 1504):
 * the digest switched on for the social team and Marco (Madrid time, by mail), three weeks of shared headlines, a
 * feed served by the sandbox itself (on loopback, allowed by its exact address), and last week's digest published,
 * so the archive, the blog post and the {@code .eml} files under the data directory exist from the start.
 */
public final class NewsDemoSeed implements DemoSeed {
    static final long NEWS_PAGE = 1503;
    static final long DIGEST_PAGE = 1504;

    private record Shared(String user, int daysAgo, String title, String url, String summary, String tag, String source) {
    }

    @Override
    public void seed(Sandbox sandbox) {
        NewsStore store = sandbox.components().get(NewsStore.class);
        String space = sandbox.directory().spaceKey();
        if (!store.sources(space).isEmpty() || !store.headlines(space, null, 1).isEmpty()) {
            return;
        }
        NewsService news = sandbox.components().get(NewsService.class);
        String feedUrl = sandbox.baseUrl().replace("://localhost:", "://127.0.0.1:") + "/sandbox/static/demo-feeds/acme-newsroom.xml";
        sandbox.as("sofia", () -> news.saveSettings(DIGEST_PAGE, new Requests.SettingsBody(true, "Europe/Madrid", true,
                List.of("marco"), List.of("social-team"), List.of("127.0.0.1", "newsroom.acme.example", "*.socialmediatoday.com"), 0)));
        Source feed = sandbox.as("sofia", () -> news.addSource(NEWS_PAGE, new Requests.SourceBody("Acme Newsroom", feedUrl, "FEED")));
        Source smt = sandbox.as("liam", () -> news.addSource(NEWS_PAGE, new Requests.SourceBody("Social Media Today",
                "https://www.socialmediatoday.com/", "MANUAL")));
        Source cx = sandbox.as("nora", () -> news.addSource(NEWS_PAGE, new Requests.SourceBody("Acme CX weekly numbers",
                "https://cx.acme.example/weekly", "MANUAL")));
        Instant now = sandbox.components().get(TimeSource.class).now();
        List<Shared> shared = List.of(
                new Shared("liam", 19, "Instagram tests replies to comments from the inbox", "https://news.example.com/instagram-inbox-replies",
                        "Could cut our response time on comments; we should try it on the care account first.", "platforms", smt.name()),
                new Shared("nora", 16, "Average first response on social: 47 minutes (was 3 h 10 min a year ago)", "https://cx.acme.example/weekly/2026-44",
                        "Our median is now below the industry's hour; weekends are still slow.", "customer-care", cx.name()),
                new Shared("marco", 13, "Competitor launches a repair subscription with a TikTok creator series", "https://news.example.com/competitor-repair-subscription",
                        "Same message as our spring campaign, three weeks earlier. Expect comparisons in comments.", "competitors", null),
                new Shared("liam", 11, "Threads opens its API for scheduling posts", "https://news.example.com/threads-api-scheduling",
                        "We can schedule Threads from our publishing tool once the connector is updated.", "platforms", smt.name()),
                new Shared("sofia", 9, "What the airline outage taught us about holding statements", "https://news.example.com/outage-holding-statements",
                        "A good example of a first statement within 20 minutes; worth reading before our crisis drill.", "crisis", null),
                new Shared("nora", 6, "Customers ask about WhatsApp care in Portugal before launch", "https://cx.acme.example/weekly/2026-46",
                        "Twelve questions this week; the saved reply in Portuguese is ready.", "customer-care", cx.name()),
                new Shared("marco", 5, "LinkedIn changes how company page reach is counted", "https://news.example.com/linkedin-reach-counting",
                        "Reach will drop in our dashboard without any real change: note it in the monthly report.", "analytics", smt.name()),
                new Shared("liam", 3, "Five replies that calmed an angry thread (and one that did not)", "https://news.example.com/five-replies-angry-thread",
                        "Short and useful for new community managers.", "customer-care", smt.name()),
                new Shared("sofia", 1, "Our spring campaign: first 48 hours in numbers", "https://newsroom.acme.example/2026/made-to-last-48h",
                        "1.2 M views, sentiment 81 % positive; most questions are about the repair programme.", "analytics", null));
        for (Shared s : shared) {
            Integer sourceId = s.source() == null ? null : s.source().equals(smt.name()) ? smt.id() : cx.id();
            store.addHeadline(space, sourceId, s.title(), s.url(), s.summary(), s.tag(), sandbox.userKey(s.user()),
                    now.minus(Duration.ofDays(s.daysAgo())).minus(Duration.ofHours(s.daysAgo() % 5)));
        }
        try {
            sandbox.as("sofia", () -> news.refresh(NEWS_PAGE, feed.id()));
        } catch (PlaybookException e) {
            // the sandbox's own feed should always answer; if not, the source shows why
        }
        sandbox.as("sofia", () -> sandbox.components().get(DigestPublisher.class).publishDue(space, true));
    }
}
