package org.socialplaybook.news;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hosts feeds may be read from, set by an administrator: exact host names or IP addresses, and {@code *.domain}
 * patterns for every host below a domain. Only an exact entry lets a host resolve to an internal address (loopback,
 * private, link-local): a pattern never opens the intranet. Compared ignoring case and a trailing dot.
 */
public final class Allowlist {
    private final Set<String> exact;
    private final List<String> suffixes;

    private Allowlist(Set<String> exact, List<String> suffixes) {
        this.exact = exact;
        this.suffixes = suffixes;
    }

    public static Allowlist of(List<String> entries) {
        Set<String> exact = new LinkedHashSet<>();
        List<String> suffixes = new ArrayList<>();
        for (String entry : entries) {
            String e = normalize(entry);
            if (e.startsWith("*.") && e.length() > 2) {
                suffixes.add(e.substring(1));
            } else if (!e.isEmpty()) {
                exact.add(e);
            }
        }
        return new Allowlist(exact, suffixes);
    }

    /** Is the host on the list, exactly or below a {@code *.domain} pattern? */
    public boolean allows(String host) {
        String h = normalize(host);
        if (exact.contains(h)) {
            return true;
        }
        for (String suffix : suffixes) {
            if (h.endsWith(suffix) && h.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Is this very host an exact entry (the only way to allow an internal address)? */
    public boolean namesExactly(String host) {
        return exact.contains(normalize(host));
    }

    public boolean isEmpty() {
        return exact.isEmpty() && suffixes.isEmpty();
    }

    static String normalize(String host) {
        String h = host == null ? "" : host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }
}
