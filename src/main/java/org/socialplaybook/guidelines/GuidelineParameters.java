package org.socialplaybook.guidelines;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.socialplaybook.platform.PlaybookException;

/**
 * Reads the {@code guideline} macro's parameters into {@link GuidelineSettings}, or fails with the parameter at
 * fault and a translated reason ({@link PlaybookException#invalidField}), which the block shows its editors.
 */
public final class GuidelineParameters {
    public static final String KEY = "key";
    public static final String TITLE = "title";
    public static final String CATEGORY = "category";
    public static final String LEVEL = "level";
    public static final String AUDIENCE_USERS = "audience-users";
    public static final String AUDIENCE_GROUPS = "audience-groups";
    public static final String ACK_REQUIRED = "ack-required";
    public static final String DUE_DAYS = "due-days";
    public static final String REACK = "reack";
    public static final String VERSION = "version";
    public static final String OWNERS = "owners";
    public static final String ESCALATION_USERS = "escalation-users";
    public static final String ESCALATION_MATRIX = "escalation-matrix";
    public static final String ESCALATION_ROLE = "escalation-role";
    public static final String READING_GUARD = "reading-guard";

    static final Pattern KEY_PATTERN = Pattern.compile("[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?");
    static final int MAX_TITLE = 200;
    static final int MAX_LABEL = 50;
    static final int MAX_NAME = 100;
    static final int MAX_DUE_DAYS = 365;
    static final int MAX_USERS = 500;
    static final int MAX_GROUPS = 50;

    /** Who people and groups named in parameters are (user key or username in, user key out). */
    public interface Directory {
        Optional<String> userKey(String userKeyOrName);

        boolean groupExists(String group);
    }

    private GuidelineParameters() {
    }

    public static GuidelineSettings parse(Map<String, String> parameters, Directory directory) {
        String key = text(parameters, KEY);
        if (key == null) {
            throw invalid(KEY, "social-playbook.guidelines.param.key-missing");
        }
        key = key.toLowerCase(Locale.ROOT);
        if (!KEY_PATTERN.matcher(key).matches()) {
            throw invalid(KEY, "social-playbook.guidelines.param.key-invalid", key);
        }
        String title = text(parameters, TITLE);
        if (title == null) {
            throw invalid(TITLE, "social-playbook.guidelines.param.title-missing");
        }
        if (title.length() > MAX_TITLE) {
            throw invalid(TITLE, "social-playbook.guidelines.param.too-long", TITLE, MAX_TITLE);
        }
        GuidelineCategory category = choice(parameters, CATEGORY, GuidelineCategory.GENERAL, GuidelineCategory::fromParam);
        GuidelineLevel level = choice(parameters, LEVEL, GuidelineLevel.SHOULD, GuidelineLevel::fromParam);
        ReackPolicy policy = choice(parameters, REACK, ReackPolicy.EVERY_CHANGE, ReackPolicy::fromParam);
        boolean ackRequired = bool(parameters, ACK_REQUIRED, true);
        boolean readingGuard = bool(parameters, READING_GUARD, false);
        Integer dueDays = dueDays(parameters);
        String label = text(parameters, VERSION);
        if (label != null && label.length() > MAX_LABEL) {
            throw invalid(VERSION, "social-playbook.guidelines.param.too-long", VERSION, MAX_LABEL);
        }
        Set<String> audienceUsers = new LinkedHashSet<>(users(parameters, AUDIENCE_USERS, directory));
        Set<String> groups = new LinkedHashSet<>();
        for (String group : list(parameters, AUDIENCE_GROUPS)) {
            if (!directory.groupExists(group)) {
                throw invalid(AUDIENCE_GROUPS, "social-playbook.guidelines.param.unknown-group", group);
            }
            groups.add(group);
        }
        if (groups.size() > MAX_GROUPS) {
            throw invalid(AUDIENCE_GROUPS, "social-playbook.guidelines.param.too-many", AUDIENCE_GROUPS, MAX_GROUPS);
        }
        Set<String> owners = new LinkedHashSet<>(users(parameters, OWNERS, directory));
        List<String> escalation = users(parameters, ESCALATION_USERS, directory);
        String matrix = text(parameters, ESCALATION_MATRIX);
        String role = text(parameters, ESCALATION_ROLE);
        if ((matrix == null) != (role == null)) {
            throw invalid(matrix == null ? ESCALATION_MATRIX : ESCALATION_ROLE,
                    "social-playbook.guidelines.param.matrix-and-role");
        }
        if (matrix != null && (matrix.length() > MAX_NAME || role.length() > MAX_NAME)) {
            throw invalid(matrix.length() > MAX_NAME ? ESCALATION_MATRIX : ESCALATION_ROLE,
                    "social-playbook.guidelines.param.too-long",
                    matrix.length() > MAX_NAME ? ESCALATION_MATRIX : ESCALATION_ROLE, MAX_NAME);
        }
        return new GuidelineSettings(key, title, category, level, new Audience(audienceUsers, groups), ackRequired,
                dueDays, policy, label, owners, escalation, matrix, role, readingGuard);
    }

    private static Integer dueDays(Map<String, String> parameters) {
        String value = text(parameters, DUE_DAYS);
        if (value == null) {
            return null;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= MAX_DUE_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(DUE_DAYS, "social-playbook.guidelines.param.due-days-invalid", value, MAX_DUE_DAYS);
    }

    private static List<String> users(Map<String, String> parameters, String name, Directory directory) {
        List<String> keys = new ArrayList<>();
        for (String token : list(parameters, name)) {
            String key = directory.userKey(token)
                    .orElseThrow(() -> invalid(name, "social-playbook.guidelines.param.unknown-user", token));
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        if (keys.size() > MAX_USERS) {
            throw invalid(name, "social-playbook.guidelines.param.too-many", name, MAX_USERS);
        }
        return keys;
    }

    private static <T> T choice(Map<String, String> parameters, String name, T fallback,
                                java.util.function.Function<String, T> parse) {
        String value = text(parameters, name);
        if (value == null) {
            return fallback;
        }
        T parsed = parse.apply(value);
        if (parsed == null) {
            throw invalid(name, "social-playbook.guidelines.param.unknown-value", value, name);
        }
        return parsed;
    }

    private static boolean bool(Map<String, String> parameters, String name, boolean fallback) {
        String value = text(parameters, name);
        if (value == null) {
            return fallback;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
        }
        throw invalid(name, "social-playbook.guidelines.param.unknown-value", value, name);
    }

    private static List<String> list(Map<String, String> parameters, String name) {
        String value = text(parameters, name);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty() && !items.contains(trimmed)) {
                items.add(trimmed);
            }
        }
        return items;
    }

    private static String text(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.trim();
    }

    private static PlaybookException invalid(String field, String key, java.io.Serializable... arguments) {
        return PlaybookException.invalidField(field, key, arguments);
    }
}
