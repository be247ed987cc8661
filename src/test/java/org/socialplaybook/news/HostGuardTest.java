package org.socialplaybook.news;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.socialplaybook.platform.PlaybookException;

/**
 * No SSRF into the intranet, proven without sending a packet anywhere: host names resolve through a fixed table
 * (no DNS query leaves the machine) and the connector only records what it was asked to connect to; every refused
 * URL must leave both untouched (or the resolver only, for the address check).
 */
public class HostGuardTest {
    private final Map<String, List<InetAddress>> dns = new HashMap<>();
    private final List<String> lookedUp = new ArrayList<>();
    private final List<InetSocketAddress> connections = new ArrayList<>();
    private final HostResolver resolver = host -> {
        lookedUp.add(host);
        List<InetAddress> found = dns.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found;
    };
    private final FeedConnector recordingConnector = (address, timeout) -> {
        connections.add(address);
        throw new java.io.IOException("tests never connect");
    };
    private final FeedFetcher fetcher = new FeedFetcher(new HostGuard(resolver), recordingConnector);

    @Test
    public void aHostNotOnTheAllowlistIsRefusedBeforeAnyLookupOrConnection() {
        Allowlist allowlist = Allowlist.of(List.of("news.example.com", "*.acme.example"));

        for (String url : List.of("http://intranet.corp/feed", "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.5/rss", "http://[::1]:8080/feed", "http://2130706433/", "http://acme.example/x",
                "http://news.example.com.evil.example/rss")) {
            assertRefused(url, allowlist, "social-playbook.news.error.host-not-allowed");
        }
        assertEquals(List.of(), lookedUp);
        assertEquals(List.of(), connections);
    }

    @Test
    public void aPatternAllowedHostThatResolvesToAnInternalAddressIsRefusedWithoutConnecting() throws Exception {
        Allowlist allowlist = Allowlist.of(List.of("*.acme.example"));
        String[] internal = {"127.0.0.1", "10.1.2.3", "172.20.0.9", "192.168.1.20", "169.254.169.254", "100.64.3.4",
                "0.0.0.0", "::1", "fd12:3456::1", "fe80::1", "::ffff:192.168.0.1", "224.0.0.251"};
        for (int i = 0; i < internal.length; i++) {
            dns.put("feed" + i + ".acme.example", List.of(InetAddress.getByName(internal[i])));
            assertRefused("https://feed" + i + ".acme.example/rss", allowlist, "social-playbook.news.error.host-internal");
        }
        assertEquals(List.of(), connections);
    }

    @Test
    public void aNameThatResolvesToOnePublicAndOnePrivateAddressIsRefused() throws Exception {
        dns.put("rebind.acme.example", List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1")));

        assertRefused("https://rebind.acme.example/rss", Allowlist.of(List.of("*.acme.example")),
                "social-playbook.news.error.host-internal");
        assertEquals(List.of(), connections);
    }

    @Test
    public void anInternalHostNamedExactlyByAnAdministratorIsCleared() throws Exception {
        dns.put("intranet.acme.example", List.of(InetAddress.getByName("10.20.30.40")));

        HostGuard.Target target = new HostGuard(resolver).clear("url", "http://intranet.acme.example/news.rss",
                Allowlist.of(List.of("intranet.acme.example")));

        assertEquals(InetAddress.getByName("10.20.30.40"), target.address());
        assertEquals(80, target.port());
        assertEquals(List.of(), connections);
    }

    @Test
    public void theConnectionGoesToTheAddressThatWasCheckedNotToTheName() throws Exception {
        dns.put("news.example.com", List.of(InetAddress.getByName("93.184.216.34")));

        assertRefused("https://news.example.com/rss", Allowlist.of(List.of("news.example.com")),
                "social-playbook.news.error.fetch-failed");

        assertEquals(1, connections.size());
        assertEquals(InetAddress.getByName("93.184.216.34"), connections.get(0).getAddress());
        assertEquals(443, connections.get(0).getPort());
        assertEquals("resolved once", List.of("news.example.com"), lookedUp);
    }

    @Test
    public void anUnknownHostIsATranslated400() {
        assertRefused("https://nowhere.acme.example/rss", Allowlist.of(List.of("*.acme.example")),
                "social-playbook.news.error.host-unknown");
        assertEquals(List.of(), connections);
    }

    @Test
    public void internalAddressesAreRecognisedInEveryForm() throws Exception {
        for (String address : List.of("127.0.0.2", "10.255.0.1", "172.16.0.1", "172.31.255.255", "192.168.0.1",
                "169.254.1.1", "100.127.0.1", "0.1.2.3", "255.255.255.255", "198.18.0.1", "::", "::1",
                "fc00::1", "fe80::abcd", "::ffff:10.0.0.1", "ff02::1")) {
            assertTrue(address, HostGuard.isInternal(InetAddress.getByName(address)));
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111")) {
            assertFalse(address, HostGuard.isInternal(InetAddress.getByName(address)));
        }
    }

    private void assertRefused(String url, Allowlist allowlist, String key) {
        try {
            fetcher.fetch(url, allowlist);
            fail("fetched " + url);
        } catch (PlaybookException e) {
            assertEquals(url, key, e.key());
            assertEquals(PlaybookException.Kind.INVALID, e.kind());
        }
    }

    @SuppressWarnings("unused")
    private static Socket never(InetSocketAddress address) {
        throw new AssertionError("no connection expected to " + address);
    }
}
