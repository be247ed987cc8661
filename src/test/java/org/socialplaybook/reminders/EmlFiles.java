package org.socialplaybook.reminders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sandbox's {@code .eml} files as a mail client shows them: recipient, decoded subject, HTML part. */
final class EmlFiles {
    private final Set<Path> seen = new HashSet<>();

    record Mail(String to, String subject, String html) {
        @Override
        public String toString() {
            return to + ": " + subject;
        }
    }

    /** The mails written into {@code dir} since the last call (in file-name order, i.e. as written). */
    List<Mail> newMails(Path dir) throws IOException {
        List<Mail> mails = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return mails;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        for (Path p : files) {
            if (seen.add(p)) {
                mails.add(decode(Files.readString(p, StandardCharsets.US_ASCII)));
            }
        }
        return mails;
    }

    static Mail only(List<Mail> mails, String to) {
        List<Mail> found = mails.stream().filter(m -> m.to().equals(to)).toList();
        if (found.size() != 1) {
            throw new AssertionError("one mail to " + to + " expected in " + mails);
        }
        return found.get(0);
    }

    static Mail decode(String eml) {
        String subject = header(eml, "Subject");
        Matcher word = Pattern.compile("=\\?UTF-8\\?B\\?([^?]*)\\?=").matcher(subject);
        if (word.matches()) {
            subject = new String(Base64.getDecoder().decode(word.group(1)), StandardCharsets.UTF_8);
        }
        Matcher html = Pattern.compile("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "([A-Za-z0-9+/=\r\n]+)").matcher(eml);
        String body = html.find() ? new String(Base64.getMimeDecoder().decode(html.group(1)), StandardCharsets.UTF_8) : "";
        return new Mail(header(eml, "To"), subject, body);
    }

    private static String header(String eml, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": ([^\r\n]*)").matcher(eml);
        return m.find() ? m.group(1) : "";
    }
}
