package org.socialplaybook.team;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.socialplaybook.platform.PlaybookException;
import org.socialplaybook.team.Team.ChannelKind;
import org.socialplaybook.team.Team.Urgency;

/**
 * The team card's rules, plain Java: limits, what a valid channel is (a web address only as an absolute http or https
 * URL without credentials, an e-mail address, a phone number) and the link each becomes, and when a request is due.
 */
public final class TeamRules {
    public static final int MAX_NAME = 100;
    public static final int MAX_MISSION = 300;
    public static final int MAX_HOURS = 150;
    public static final int MAX_PROMISE = 150;
    public static final int MAX_ROLE_NOTE = 100;
    public static final int MAX_LABEL = 60;
    public static final int MAX_ADDRESS = 400;
    public static final int MAX_TOPIC = 120;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_MEMBERS = 50;
    public static final int MAX_CHANNELS = 12;
    /** Requests one person may send through one card in a day (the form is for people, not scripts). */
    public static final int MAX_REQUESTS_PER_DAY = 10;
    public static final String DEFAULT_BOARD = "followups";

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");
    private static final Pattern BOARD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private TeamRules() {
    }

    /** One line of text: trimmed, white space runs as one space, control characters dropped; null when empty. */
    public static String line(String field, String raw, int max, boolean required) {
        String text = raw == null ? "" : SPACES.matcher(CONTROL.matcher(raw.replace('\n', ' ')).replaceAll("")).replaceAll(" ").trim();
        return checked(field, text, max, required);
    }

    /** Several lines of text (a request): line breaks kept (at most two in a row), other control characters dropped. */
    public static String text(String field, String raw, int max, boolean required) {
        String text = raw == null ? "" : CONTROL.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")
                .replaceAll("\n{3,}", "\n\n").strip();
        return checked(field, text, max, required);
    }

    private static String checked(String field, String text, int max, boolean required) {
        if (required && text.isEmpty()) {
            throw PlaybookException.invalidField(field, "social-playbook.team.error.required");
        }
        if (text.length() > max) {
            throw PlaybookException.invalidField(field, "social-playbook.team.error.too-long", max);
        }
        return text.isEmpty() ? null : text;
    }

    public static String board(String raw) {
        String board = raw == null || raw.isBlank() ? DEFAULT_BOARD : raw.trim();
        if (!BOARD.matcher(board).matches()) {
            throw PlaybookException.invalidField("board", "social-playbook.team.error.board");
        }
        return board;
    }

    public static ChannelKind channelKind(String raw) {
        try {
            return ChannelKind.valueOf(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlaybookException.invalidField("kind", "social-playbook.team.error.channel-kind");
        }
    }

    public static Urgency urgency(String raw) {
        if (raw == null || raw.isBlank()) {
            return Urgency.NORMAL;
        }
        try {
            return Urgency.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlaybookException.invalidField("urgency", "social-playbook.team.error.urgency");
        }
    }

    /** When a request is due: the next day when urgent, three days when normal, ten when it can wait. */
    public static LocalDate due(Urgency urgency, LocalDate today) {
        return switch (urgency) {
            case HIGH -> today.plusDays(1);
            case NORMAL -> today.plusDays(3);
            case LOW -> today.plusDays(10);
        };
    }

    public static String token(String raw) {
        if (raw == null || !TOKEN.matcher(raw).matches()) {
            throw PlaybookException.invalidField("token", "social-playbook.team.error.token");
        }
        return raw;
    }

    /** The address as stored: a normalized http(s) URL, an e-mail address, or a phone number (400 otherwise). */
    public static String channel(ChannelKind kind, String raw) {
        String address = line("address", raw, MAX_ADDRESS, true);
        return switch (kind) {
            case EMAIL -> {
                String a = address.startsWith("mailto:") ? address.substring(7) : address;
                if (!EMAIL.matcher(a).matches()) {
                    throw PlaybookException.invalidField("address", "social-playbook.team.error.email");
                }
                yield a;
            }
            case PHONE -> {
                if (!PHONE.matcher(address).matches()) {
                    throw PlaybookException.invalidField("address", "social-playbook.team.error.phone");
                }
                yield address;
            }
            default -> webAddress(address);
        };
    }

    /** An absolute http or https URL with a host and no user name or password in it. */
    static String webAddress(String address) {
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                throw PlaybookException.invalidField("address", "social-playbook.team.error.url");
            }
            return uri.normalize().toASCIIString();
        } catch (URISyntaxException e) {
            throw PlaybookException.invalidField("address", "social-playbook.team.error.url");
        }
    }

    /** The link a channel becomes: mailto: for e-mail, tel: for phones, the URL itself otherwise. */
    public static String href(ChannelKind kind, String address) {
        return switch (kind) {
            case EMAIL -> "mailto:" + address;
            case PHONE -> "tel:" + address.replaceAll("[^0-9+]", "");
            default -> address;
        };
    }

    /** How a card is found in a space: its team name ignoring case and surrounding or repeated spaces. */
    public static String cardKey(String spaceKey, String name) {
        return spaceKey + ":" + line("name", name, Integer.MAX_VALUE, false).toLowerCase(Locale.ROOT);
    }
}
