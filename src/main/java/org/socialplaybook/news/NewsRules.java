package org.socialplaybook.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.socialplaybook.platform.IsoText;
import org.socialplaybook.platform.PlaybookException;

/**
 * The rules of sources, headlines and the Monday digest, in plain Java: what valid input is (lengths, links), which
 * week a digest belongs to (the digest of ISO week W covers the seven days before that week's Monday 07:00 in the
 * space's time zone), and how a feed's HTML summary becomes one line of text.
 */
public final class NewsRules {
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 280;
    public static final int TAG_MAX = 40;
    public static final int NAME_MAX = 100;
    public static final int URL_MAX = 450;
    public static final int HOSTS_MAX = 100;
    public static final int HOST_MAX = 253;
    public static final int READERS_MAX = 2000;
    public static final int GROUPS_MAX = 50;
    /** The hour (local) on Monday the digest is published. */
    public static final LocalTime PUBLISH_TIME = LocalTime.of(7, 0);
    /** atlassian-scheduler's cron for "every Monday at 07:00" (read in the space's time zone). */
    public static final String CRON = "0 0 7 ? * MON";

    private static final Pattern HOST_ENTRY = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?");
    private static final Pattern IP_ENTRY = Pattern.compile("[0-9a-f:.\\[\\]]+");

    private NewsRules() {
    }

    /** A week of news: from {@code start} (inclusive) to {@code end} (exclusive); {@code label} is the ISO week of the Monday that ends it. */
    public record Window(@IsoText Instant start, @IsoText Instant end, String label) {
    }

    /** The digest due by now: the one published at the latest Monday 07:00 not after {@code now}. */
    public static Window dueIssue(Instant now, ZoneId zone) {
        ZonedDateTime end = latestMonday(now, zone);
        return window(end.minusWeeks(1), end);
    }

    /** The digest being collected now, published next Monday 07:00 (what the preview shows). */
    public static Window upcomingIssue(Instant now, ZoneId zone) {
        ZonedDateTime start = latestMonday(now, zone);
        return window(start, start.plusWeeks(1));
    }

    private static Window window(ZonedDateTime start, ZonedDateTime end) {
        String label = String.format(Locale.ROOT, "%d-W%02d", end.get(IsoFields.WEEK_BASED_YEAR),
                end.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Window(start.toInstant(), end.toInstant(), label);
    }

    private static ZonedDateTime latestMonday(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(PUBLISH_TIME).atZone(zone);
        return monday.isAfter(local) ? monday.minusWeeks(1) : monday;
    }

    // --- input ---

    /** Trimmed, whitespace and control characters collapsed to single spaces; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("[\\p{Cntrl}\\s\\u00a0]+", " ").trim();
    }

    public static String requireText(String field, String value, int max) {
        String text = clean(value);
        if (text == null || text.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.required");
        }
        return limit(field, text, max);
    }

    public static String optionalText(String field, String value, int max) {
        String text = clean(value);
        return text == null || text.isEmpty() ? null : limit(field, text, max);
    }

    private static String limit(String field, String text, int max) {
        if (text.codePointCount(0, text.length()) > max) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.too-long", max);
        }
        return text;
    }

    /** An http(s) link with a host and no user name or password in it; 400 otherwise. */
    public static URI requireLink(String field, String value) {
        String text = clean(value);
        if (text == null || text.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.required");
        }
        if (text.length() > URL_MAX) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.too-long", URL_MAX);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()
                || uri.getRawUserInfo() != null) {
            throw PlaybookException.invalidField(field, "social-playbook.news.error.url-invalid");
        }
        return uri;
    }

    /** How many sources a {@code starter-sources} parameter may name. */
    public static final int STARTERS_MAX = 20;

    /** A source a space starts with: its name, its link and its kind (a manual source unless it says feed). */
    public record StarterSource(String name, String url, Source.Kind kind) {
    }

    /**
     * The {@code starter-sources} parameter: {@code name | https://url; name | https://url | feed; …}. Each name and
     * link is checked as the source form checks them (the same translated 400s, for the field
     * {@code starter-sources}); the kind is {@code manual} (the default, as in the form) or {@code feed}. A feed's
     * host is checked against the space's allowlist when the sources are added, not here.
     */
    public static List<StarterSource> starterSources(String value) {
        List<StarterSource> sources = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return sources;
        }
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] fields = part.split("\\|", -1);
            if (fields.length > 3) {
                throw PlaybookException.invalidField(STARTERS_FIELD, "social-playbook.news.error.starter-invalid",
                        shorten(part));
            }
            String name = requireText(STARTERS_FIELD, fields[0], NAME_MAX);
            URI url = requireLink(STARTERS_FIELD, fields.length > 1 ? fields[1] : null);
            Source.Kind kind = Source.Kind.MANUAL;
            if (fields.length > 2 && !fields[2].isBlank()) {
                String k = fields[2].trim().toUpperCase(Locale.ROOT);
                if (!k.equals("FEED") && !k.equals("MANUAL")) {
                    throw PlaybookException.invalidField(STARTERS_FIELD, "social-playbook.news.error.kind");
                }
                kind = Source.Kind.valueOf(k);
            }
            sources.add(new StarterSource(name, url.toString(), kind));
        }
        if (sources.size() > STARTERS_MAX) {
            throw PlaybookException.invalidField(STARTERS_FIELD, "social-playbook.news.error.too-many", STARTERS_MAX);
        }
        return sources;
    }

    static final String STARTERS_FIELD = "starter-sources";

    /** An allowlist entry as typed: a host name, {@code *.domain} or an IP address (lower case); 400 otherwise. */
    public static String hostEntry(String value) {
        String entry = Allowlist.normalize(value);
        if (entry.isEmpty() || entry.length() > HOST_MAX
                || !(HOST_ENTRY.matcher(entry).matches() || (IP_ENTRY.matcher(entry).matches() && entry.matches(".*[.:].*")))) {
            throw PlaybookException.invalidField("allowedHosts", "social-playbook.news.error.host-entry", shorten(value));
        }
        return entry;
    }

    // --- feeds ---

    /** A feed's HTML summary as one line of text: tags dropped, common entities decoded, at most {@link #SUMMARY_MAX}. */
    public static String summaryFromHtml(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return truncate(clean(text), SUMMARY_MAX);
    }

    public static String truncate(String text, int max) {
        if (text == null || text.isEmpty()) {
            return text == null || text.isEmpty() ? null : text;
        }
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).trim() + "…";
    }

    private static String shorten(String value) {
        String v = value == null ? "" : value.trim();
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
