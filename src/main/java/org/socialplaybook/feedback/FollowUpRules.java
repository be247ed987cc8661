package org.socialplaybook.feedback;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.socialplaybook.feedback.FeedbackEnums.Visibility;
import org.socialplaybook.jira.JiraClient;
import org.socialplaybook.jira.JiraFailure;
import org.socialplaybook.platform.PlaybookException;

/** The capability's rules, plain Java: limits, validation, who sees what, and how long to wait before a retry. */
public final class FollowUpRules {
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_FEEDBACK = 5_000;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_LABELS = 10;
    public static final int MAX_BULK = 50;
    public static final String DEFAULT_BOARD = "followups";
    public static final String MARKER_PREFIX = "sp-fu-";

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** Wrong credentials are not fixed in seconds: wait longer, but keep trying. */
    static final Duration CREDENTIALS_RETRY = Duration.ofMinutes(10);

    /** The longest board key. */
    static final int MAX_BOARD = 64;
    private static final Pattern BOARD = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_BOARD + "}");
    private static final Pattern PROJECT = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    private FollowUpRules() {
    }

    public static String boardKey(String raw) {
        String board = raw == null || raw.isBlank() ? DEFAULT_BOARD : raw.trim();
        if (!BOARD.matcher(board).matches()) {
            throw PlaybookException.invalidField("board", "social-playbook.feedback.board-invalid");
        }
        return board;
    }

    public static String title(String raw) {
        String title = raw == null ? "" : raw.strip();
        if (title.isEmpty()) {
            throw PlaybookException.invalidField("title", "social-playbook.feedback.title-required");
        }
        if (title.length() > MAX_TITLE) {
            throw PlaybookException.invalidField("title", "social-playbook.feedback.too-long", MAX_TITLE);
        }
        return title;
    }

    public static String text(String field, String raw, int max, boolean required) {
        String text = raw == null ? "" : raw.strip();
        if (required && text.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.feedback.text-required");
        }
        if (text.length() > max) {
            throw PlaybookException.invalidField(field, "social-playbook.feedback.too-long", max);
        }
        return text.isEmpty() ? null : text;
    }

    public static LocalDate due(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw PlaybookException.invalidField("due", "social-playbook.feedback.due-invalid");
        }
    }

    public static String projectKey(String raw) {
        String key = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!PROJECT.matcher(key).matches()) {
            throw PlaybookException.invalidField("project", "social-playbook.feedback.project-invalid");
        }
        return key;
    }

    public static String issueType(String raw) {
        String type = raw == null || raw.isBlank() ? "Task" : raw.strip();
        if (type.length() > 60) {
            throw PlaybookException.invalidField("issueType", "social-playbook.feedback.too-long", 60);
        }
        return type;
    }

    public static String issueKey(String raw) {
        String key = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (!JiraClient.isIssueKey(key)) {
            throw PlaybookException.invalidField("key", "social-playbook.feedback.key-invalid");
        }
        return key;
    }

    /** Labels separated by commas or spaces; each a valid Jira label; at most {@value #MAX_LABELS}. */
    public static List<String> labels(String raw) {
        Set<String> labels = new LinkedHashSet<>();
        if (raw != null) {
            for (String part : raw.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!JiraClient.isLabel(part) || part.startsWith(MARKER_PREFIX)) {
                    throw PlaybookException.invalidField("labels", "social-playbook.feedback.label-invalid", part);
                }
                labels.add(part);
            }
        }
        if (labels.size() > MAX_LABELS) {
            throw PlaybookException.invalidField("labels", "social-playbook.feedback.too-many-labels", MAX_LABELS);
        }
        return new ArrayList<>(labels);
    }

    /** The idempotency marker: a Jira label no person would type, unique per follow-up. */
    public static String newMarker() {
        return MARKER_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /**
     * How long to wait before the next attempt: 30 s, 1 min, 2 min ... up to an hour; never less than a 429's
     * Retry-After; at least ten minutes when Jira refused the credentials.
     */
    public static Duration backoff(int attempts, JiraFailure failure, Duration retryAfter) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(exponent, 7));
        if (wait.compareTo(MAX_RETRY) > 0) {
            wait = MAX_RETRY;
        }
        if (failure == JiraFailure.UNAUTHORIZED || failure == JiraFailure.FORBIDDEN
                || failure == JiraFailure.NEEDS_AUTHORISATION || failure == JiraFailure.NOT_CONFIGURED) {
            wait = wait.compareTo(CREDENTIALS_RETRY) < 0 ? CREDENTIALS_RETRY : wait;
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait;
    }

    /** Private feedback: the author, the person it is about, and space admins. Page feedback: every viewer. */
    public static boolean canSee(FeedbackItem item, String viewerKey, boolean spaceAdmin) {
        if (item.visibility() == Visibility.PAGE || spaceAdmin) {
            return true;
        }
        return viewerKey != null && (viewerKey.equals(item.authorKey())
                || (item.subject() == FeedbackEnums.Subject.PERSON && viewerKey.equals(item.subjectRef())));
    }

    /**
     * A follow-up raised on someone's behalf ({@link FollowUp#raisedElsewhere}): its owner, the person it came from,
     * the person it is about, and editors (who triage the board; the tracker shows check-ins to its editors too).
     * Other follow-ups: every viewer of the board.
     */
    public static boolean canSee(FollowUp followUp, String viewerKey, boolean editor) {
        if (!followUp.raisedElsewhere() || editor) {
            return true;
        }
        return viewerKey != null && (viewerKey.equals(followUp.ownerKey()) || viewerKey.equals(followUp.authorKey())
                || viewerKey.equals(followUp.subjectKey()));
    }

    /** Keys in chunks of {@code size}: the number of search requests a board costs. */
    public static int chunks(int keys, int size) {
        return keys == 0 ? 0 : (keys + size - 1) / size;
    }
}
