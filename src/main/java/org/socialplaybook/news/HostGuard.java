package org.socialplaybook.news;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.socialplaybook.platform.PlaybookException;

/**
 * What stands between a source URL and a connection (no SSRF into the intranet): the URL must be http(s); its host
 * must be on the space's allowlist (refused before anything else happens, not even a DNS lookup); the host is then
 * resolved once, and if any of its addresses is internal (loopback, private, link-local, unique-local, carrier-grade
 * NAT, multicast, unspecified, also inside IPv4-mapped IPv6) it is refused unless the allowlist names that very host
 * (a {@code *.domain} pattern never opens internal addresses). The checked address is the one connected to.
 */
@Named
public class HostGuard {
    private final HostResolver resolver;

    @Inject
    public HostGuard(HostResolver resolver) {
        this.resolver = resolver;
    }

    /** A URL cleared for one connection: where to connect (the pinned address) and what to ask for. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
    }

    /** The URL's host is on the allowlist (no lookup, no connection): 400 otherwise. */
    public static URI requireAllowed(String field, String url, Allowlist allowlist) {
        URI uri = NewsRules.requireLink(field, url);
        if (!allowlist.allows(uri.getHost())) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.host-not-allowed",
                    Allowlist.normalize(uri.getHost()));
        }
        return uri;
    }

    /** Everything above plus the address check; returns the address to connect to. */
    public Target clear(String field, String url, Allowlist allowlist) {
        URI uri = requireAllowed(field, url, allowlist);
        String host = Allowlist.normalize(uri.getHost());
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.host-unknown", host);
        }
        if (addresses.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.host-unknown", host);
        }
        if (!allowlist.namesExactly(host)) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    throw PlaybookException.invalidField(field, "social-playbook.news.error.host-internal", host);
                }
            }
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        return new Target(uri, host, port, https, addresses.get(0));
    }

    /** Loopback, private, link-local, unique-local, CGNAT, multicast, unspecified or reserved: not the public internet. */
    public static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || first == 127 || first == 10 || first >= 224
                    || (first == 100 && second >= 64 && second <= 127)   // carrier-grade NAT
                    || (first == 169 && second == 254)
                    || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19));
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8; // documentation
        }
        return true;
    }
}
