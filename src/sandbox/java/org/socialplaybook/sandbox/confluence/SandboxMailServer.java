package org.socialplaybook.sandbox.confluence;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;
import com.atlassian.mail.server.MailServerManager;
import com.atlassian.mail.server.SMTPMailServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Confluence's outgoing mail server for the sandbox: every message becomes an RFC 822 {@code .eml} file under
 * {@code <data directory>/mail/} (one file per message) instead of going out. An HTML message is written as
 * multipart/alternative with a plain-text part made from the HTML (what a mail client shows without HTML) and the
 * HTML part; both base64 in UTF-8. Open a file with any mail client, or read it in a test.
 */
public final class SandboxMailServer implements MailServerManager, SMTPMailServer {
    public static final String FROM = "Social Playbook <confluence@acme.example>";

    private final Path directory;
    private final AtomicLong sequence = new AtomicLong();

    public SandboxMailServer(Path dataDirectory) {
        this.directory = dataDirectory.resolve("mail");
    }

    public Path directory() {
        return directory;
    }

    @Override
    public SMTPMailServer getDefaultSMTPMailServer() {
        return this;
    }

    @Override
    public void send(Email email) throws MailException {
        String boundary = "=_sp_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder eml = new StringBuilder();
        header(eml, "From", FROM);
        header(eml, "To", email.getTo());
        header(eml, "Subject", encodeWord(email.getSubject()));
        header(eml, "Date", ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
        header(eml, "Message-ID", "<" + UUID.randomUUID() + "@sandbox.acme.example>");
        for (Object e : email.getHeaders().entrySet()) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
            header(eml, String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
        }
        header(eml, "MIME-Version", "1.0");
        boolean html = email.getMimeType() != null && email.getMimeType().toLowerCase(Locale.ROOT).startsWith("text/html");
        if (html) {
            header(eml, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
            eml.append("\r\n");
            part(eml, boundary, "text/plain", plainText(email.getBody()));
            part(eml, boundary, "text/html", email.getBody());
            eml.append("--").append(boundary).append("--\r\n");
        } else {
            header(eml, "Content-Type", "text/plain; charset=UTF-8");
            header(eml, "Content-Transfer-Encoding", "base64");
            eml.append("\r\n").append(base64Lines(email.getBody()));
        }
        try {
            Files.createDirectories(directory);
            String local = email.getTo().replaceAll("@.*", "").replaceAll("[^A-Za-z0-9._-]", "_");
            String name = System.currentTimeMillis() + "-" + sequence.incrementAndGet() + "-" + local + ".eml";
            Path temp = directory.resolve(name + ".tmp");
            Files.writeString(temp, eml, StandardCharsets.US_ASCII);
            Files.move(temp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new MailException("Could not write the message", e);
        }
    }

    private static void header(StringBuilder eml, String name, String value) {
        eml.append(name).append(": ").append(value.replaceAll("[\r\n]+", " ")).append("\r\n");
    }

    private static void part(StringBuilder eml, String boundary, String type, String text) {
        eml.append("--").append(boundary).append("\r\n");
        eml.append("Content-Type: ").append(type).append("; charset=UTF-8\r\n");
        eml.append("Content-Transfer-Encoding: base64\r\n\r\n");
        eml.append(base64Lines(text));
    }

    private static String base64Lines(String text) {
        String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString((text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        return encoded + "\r\n";
    }

    /** RFC 2047 encoded word when the text is not plain ASCII. */
    static String encodeWord(String text) {
        if (text.chars().allMatch(c -> c >= 32 && c < 127)) {
            return text;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** The HTML as a mail client would show it as text: blocks on their own lines, list items with dashes, links with their address. */
    static String plainText(String html) {
        StringBuilder out = new StringBuilder();
        walk(Jsoup.parse(html == null ? "" : html).body(), out);
        return out.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").trim() + "\n";
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                boolean block = e.isBlock() || tag.equals("br");
                if (tag.equals("li")) {
                    out.append("\n- ");
                } else if (block) {
                    out.append("\n");
                }
                walk(e, out);
                if (tag.equals("a") && !e.attr("href").isEmpty() && !e.attr("href").equals(e.text())) {
                    out.append(" <").append(e.attr("href")).append(">");
                }
                if (block && !tag.equals("li")) {
                    out.append("\n");
                }
            }
        }
    }
}
