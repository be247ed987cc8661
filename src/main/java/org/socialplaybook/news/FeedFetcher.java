package org.socialplaybook.news;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.socialplaybook.platform.PlaybookException;

/**
 * Reads an RSS or Atom feed (Rome) from a URL the {@link HostGuard} cleared, over a connection to the checked
 * address only: HTTP/1.1 by hand on a pinned socket (TLS with SNI and host name verification for https), a connect
 * timeout, a read timeout and an overall deadline, a size cap, DOCTYPEs refused (no XXE), and redirects followed
 * only to the same host (each one cleared again), at most {@value #MAX_REDIRECTS}. Failures are 400s with a
 * translated key; nothing of the remote answer is ever shown.
 */
@Named
public class FeedFetcher {
    public static final int CONNECT_TIMEOUT_MS = 5_000;
    public static final int READ_TIMEOUT_MS = 10_000;
    public static final long DEADLINE_MS = 20_000;
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ITEMS = 50;
    static final int MAX_REDIRECTS = 3;
    private static final int MAX_HEADER_BYTES = 32 * 1024;
    static final String FIELD = "url";

    private final HostGuard guard;
    private final FeedConnector connector;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final long deadlineMs;

    @Inject
    public FeedFetcher(HostGuard guard, FeedConnector connector) {
        this(guard, connector, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, DEADLINE_MS);
    }

    /** With other timeouts (tests). */
    FeedFetcher(HostGuard guard, FeedConnector connector, int connectTimeoutMs, int readTimeoutMs, long deadlineMs) {
        this.guard = guard;
        this.connector = connector;
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
        this.deadlineMs = deadlineMs;
    }

    /** The feed's newest items (at most {@value #MAX_ITEMS}). */
    public List<FeedItem> fetch(String url, Allowlist allowlist) {
        long deadline = System.currentTimeMillis() + deadlineMs;
        String next = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HostGuard.Target target = guard.clear(FIELD, next, allowlist);
            Answer answer = get(target, deadline);
            if (answer.status() >= 300 && answer.status() < 400 && answer.headers().containsKey("location")) {
                URI location = target.uri().resolve(answer.headers().get("location").trim());
                if (location.getHost() == null || !Allowlist.normalize(location.getHost()).equals(target.host())) {
                    throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-redirect");
                }
                next = location.toString();
                continue;
            }
            if (answer.status() != 200) {
                throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-status", answer.status());
            }
            return parse(answer.body());
        }
        throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-redirect");
    }

    record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private Answer get(HostGuard.Target target, long deadline) {
        try (Socket plain = connector.connect(new InetSocketAddress(target.address(), target.port()), connectTimeoutMs)) {
            plain.setSoTimeout(readTimeoutMs);
            Socket socket = target.https() ? tls(plain, target) : plain;
            try {
                OutputStream out = socket.getOutputStream();
                String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
                if (target.uri().getRawQuery() != null) {
                    path += "?" + target.uri().getRawQuery();
                }
                boolean defaultPort = target.port() == (target.https() ? 443 : 80);
                String hostHeader = (target.host().contains(":") ? "[" + target.host() + "]" : target.host())
                        + (defaultPort ? "" : ":" + target.port());
                String request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader
                        + "\r\nUser-Agent: SocialPlaybook/1.0 (Confluence news digest)"
                        + "\r\nAccept: application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"
                        + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return read(socket.getInputStream(), deadline);
            } finally {
                if (socket != plain) {
                    socket.close();
                }
            }
        } catch (SocketTimeoutException e) {
            throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-timeout");
        } catch (IOException e) {
            throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-failed", target.host());
        }
    }

    private static Socket tls(Socket plain, HostGuard.Target target) throws IOException {
        SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().matches("[0-9.]+|.*:.*")) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    /** Status line, headers, then the body by Content-Length, chunks or until the end; never more than the cap. */
    static Answer read(InputStream raw, long deadline) throws IOException {
        Bounded in = new Bounded(raw, deadline);
        String status = in.line(MAX_HEADER_BYTES);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-not-feed");
        }
        int code;
        try {
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-not-feed");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        int headerBytes = 0;
        for (String line = in.line(MAX_HEADER_BYTES); !line.isEmpty(); line = in.line(MAX_HEADER_BYTES)) {
            headerBytes += line.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-too-large", MAX_BYTES / 1024 / 1024);
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        if (code != 200) {
            return new Answer(code, headers, new byte[0]);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            while (true) {
                String sizeLine = in.line(1024);
                int semicolon = sizeLine.indexOf(';');
                long size;
                try {
                    size = Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
                } catch (NumberFormatException e) {
                    throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-not-feed");
                }
                if (size == 0) {
                    break;
                }
                copy(in, body, size);
                in.line(16);
            }
        } else if (headers.containsKey("content-length")) {
            long length;
            try {
                length = Long.parseLong(headers.get("content-length"));
            } catch (NumberFormatException e) {
                throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-not-feed");
            }
            copy(in, body, length);
        } else {
            copy(in, body, Long.MAX_VALUE);
        }
        return new Answer(code, headers, body.toByteArray());
    }

    private static void copy(Bounded in, ByteArrayOutputStream body, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-failed", "");
            }
            if (body.size() + n > MAX_BYTES) {
                throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-too-large", MAX_BYTES / 1024 / 1024);
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    /** The input with the overall deadline checked at every read. */
    private static final class Bounded {
        private final InputStream in;
        private final long deadline;

        Bounded(InputStream in, long deadline) {
            this.in = in;
            this.deadline = deadline;
        }

        int read(byte[] buffer, int max) throws IOException {
            if (System.currentTimeMillis() > deadline) {
                throw new SocketTimeoutException("deadline");
            }
            return in.read(buffer, 0, max);
        }

        String line(int max) throws IOException {
            StringBuilder line = new StringBuilder();
            while (true) {
                if (System.currentTimeMillis() > deadline) {
                    throw new SocketTimeoutException("deadline");
                }
                int c = in.read();
                if (c < 0 || c == '\n') {
                    break;
                }
                if (c != '\r') {
                    line.append((char) c);
                }
                if (line.length() > max) {
                    throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-not-feed");
                }
            }
            return line.toString();
        }
    }

    /** Rome reads RSS 0.9x/1.0/2.0 and Atom; DOCTYPE declarations are refused (Rome's default), so no XXE. */
    static List<FeedItem> parse(byte[] body) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw PlaybookException.invalidField(FIELD, "social-playbook.news.error.fetch-not-feed");
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String title = NewsRules.truncate(NewsRules.clean(NewsRules.summaryFromHtml(entry.getTitle())), NewsRules.TITLE_MAX);
            if (title == null || title.isEmpty()) {
                continue;
            }
            String link = link(entry.getLink());
            String summary = null;
            if (entry.getDescription() != null) {
                summary = NewsRules.summaryFromHtml(entry.getDescription().getValue());
            } else if (!entry.getContents().isEmpty()) {
                SyndContent content = entry.getContents().get(0);
                summary = NewsRules.summaryFromHtml(content.getValue());
            }
            java.util.Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            Instant published = date == null ? null : date.toInstant();
            items.add(new FeedItem(entry.getUri(), title, link, summary, published));
        }
        items.sort(java.util.Comparator.comparing((FeedItem i) -> i.published() == null ? Instant.MIN : i.published()).reversed());
        return items.size() > MAX_ITEMS ? List.copyOf(items.subList(0, MAX_ITEMS)) : items;
    }

    /** Only http(s) links of a sane length are kept (a feed cannot put a javascript: link on the page). */
    private static String link(String raw) {
        if (raw == null) {
            return null;
        }
        String link = raw.trim();
        String lower = link.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && link.length() <= NewsRules.URL_MAX
                ? link : null;
    }
}
