package org.socialplaybook.news;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.socialplaybook.platform.PlaybookException;

/**
 * Reading feeds from a WireMock server on 127.0.0.1 (allowlisted by its exact address, the only way loopback is
 * allowed): RSS and Atom, chunked answers, and every way a feed can misbehave. The connector records each
 * connection, so the tests also show where the fetcher connects (always the checked loopback address).
 */
public class FeedFetcherTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Acme</title><link>https://acme.example/</link><description>d</description>
            <item><title>Older &amp; wiser</title><link>https://acme.example/older</link><guid>a-1</guid>
              <description>&lt;p&gt;An &lt;b&gt;old&lt;/b&gt; one&lt;/p&gt;</description><pubDate>Mon, 09 Nov 2026 10:00:00 GMT</pubDate></item>
            <item><title>Newest</title><link>javascript:alert(1)</link><guid>a-2</guid>
              <pubDate>Tue, 17 Nov 2026 10:00:00 GMT</pubDate></item>
            </channel></rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:feed</id><updated>2026-11-20T10:00:00Z</updated>
            <entry><title>Atom entry</title><id>urn:entry:1</id><link href="https://atom.example/1"/><updated>2026-11-20T10:00:00Z</updated>
              <summary>Short summary</summary></entry></feed>
            """;

    private WireMockServer server;
    private final List<InetSocketAddress> connections = new ArrayList<>();
    private FeedFetcher fetcher;
    private final Allowlist loopback = Allowlist.of(List.of("127.0.0.1"));

    @Before
    public void start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        SocketFeedConnector sockets = new SocketFeedConnector();
        FeedConnector recording = (address, timeout) -> {
            connections.add(address);
            return sockets.connect(address, timeout);
        };
        fetcher = new FeedFetcher(new HostGuard(new SystemHostResolver()), recording, 2_000, 2_000, 6_000);
    }

    @After
    public void stop() {
        server.stop();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Test
    public void anRssFeedBecomesItemsNewestFirstWithPlainTextSummariesAndOnlyWebLinks() throws Exception {
        server.stubFor(get("/rss").willReturn(aResponse().withHeader("Content-Type", "application/rss+xml").withBody(RSS)));

        List<FeedItem> items = fetcher.fetch(url("/rss"), loopback);

        assertEquals(2, items.size());
        assertEquals("Newest", items.get(0).title());
        assertNull("a javascript: link is dropped", items.get(0).link());
        assertEquals("Older & wiser", items.get(1).title());
        assertEquals("An old one", items.get(1).summary());
        assertEquals("a-1", items.get(1).id());
        assertTrue(connections.stream().allMatch(a -> a.getAddress().equals(InetAddress.getLoopbackAddress())));
        server.verify(1, getRequestedFor(urlEqualTo("/rss")));
    }

    @Test
    public void anAtomFeedSentInChunksIsRead() {
        server.stubFor(get("/atom").willReturn(aResponse().withHeader("Content-Type", "application/atom+xml")
                .withChunkedDribbleDelay(4, 50).withBody(ATOM)));

        List<FeedItem> items = fetcher.fetch(url("/atom"), loopback);

        assertEquals(1, items.size());
        assertEquals("Atom entry", items.get(0).title());
        assertEquals("https://atom.example/1", items.get(0).link());
        assertEquals("Short summary", items.get(0).summary());
    }

    @Test
    public void aRedirectWithinTheSameHostIsFollowedAndOneToAnotherHostIsRefusedWithoutConnectingThere() {
        server.stubFor(get("/moved").willReturn(aResponse().withStatus(301).withHeader("Location", "/rss")));
        server.stubFor(get("/rss").willReturn(aResponse().withBody(RSS)));
        server.stubFor(get("/away").willReturn(aResponse().withStatus(302).withHeader("Location", "http://localhost:" + server.port() + "/rss")));

        assertEquals(2, fetcher.fetch(url("/moved"), loopback).size());
        connections.clear();
        assertRefused(url("/away"), "social-playbook.news.error.fetch-redirect");
        assertEquals("only the first host was contacted", 1, connections.size());
    }

    @Test
    public void aFeedLargerThanTheCapIsNotRead() {
        server.stubFor(get("/huge").willReturn(aResponse().withBody("<rss>" + "x".repeat(FeedFetcher.MAX_BYTES + 10) + "</rss>")));

        assertRefused(url("/huge"), "social-playbook.news.error.fetch-too-large");
    }

    @Test
    public void aSlowFeedTimesOut() {
        server.stubFor(get("/slow").willReturn(aResponse().withFixedDelay(4_000).withBody(RSS)));

        long start = System.currentTimeMillis();
        assertRefused(url("/slow"), "social-playbook.news.error.fetch-timeout");
        assertTrue(System.currentTimeMillis() - start < 3_900);
    }

    @Test
    public void errorsAnswersThatAreNoFeedAndDoctypesAreRefusedWithTranslatedKeys() {
        server.stubFor(get("/500").willReturn(aResponse().withStatus(500).withBody("boom")));
        server.stubFor(get("/html").willReturn(aResponse().withBody("<html><body>Not a feed</body></html>")));
        server.stubFor(get("/xxe").willReturn(aResponse().withBody("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title></item></channel></rss>")));
        server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertRefused(url("/500"), "social-playbook.news.error.fetch-status");
        assertRefused(url("/html"), "social-playbook.news.error.fetch-not-feed");
        assertRefused(url("/xxe"), "social-playbook.news.error.fetch-not-feed");
        assertRefused(url("/reset"), "social-playbook.news.error.fetch-failed");
    }

    @Test
    public void loopbackIsRefusedWhenOnlyAPatternAllowsTheName() {
        server.stubFor(get("/rss").willReturn(aResponse().withBody(RSS)));

        try {
            fetcher.fetch("http://localhost:" + server.port() + "/rss", Allowlist.of(List.of("*.localhost", "localhost.example")));
            fail();
        } catch (PlaybookException e) {
            assertEquals("social-playbook.news.error.host-not-allowed", e.key());
        }
        assertEquals(List.of(), connections);
        server.verify(0, getRequestedFor(urlEqualTo("/rss")));
    }

    private void assertRefused(String url, String key) {
        try {
            fetcher.fetch(url, loopback);
            fail("read " + url);
        } catch (PlaybookException e) {
            assertEquals(url, key, e.key());
        }
    }
}
