package org.socialplaybook.roles;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are cleaned for storage and compared: the same activity twice is the same name ignoring case, accents and spacing. */
public final class Names {
    public static final int MAX_NAME = 100;
    public static final int MAX_PHASE = 60;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Names() {
    }

    /** Trimmed, runs of spaces (and line breaks, tabs) as one space, control characters dropped; null stays null. */
    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        return SPACES.matcher(CONTROL.matcher(name.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')).replaceAll(""))
                .replaceAll(" ").trim();
    }

    /** The comparison key: lower case, no accents, no spaces ("Réply to  DMs" and "reply to dms" compare equal). */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(clean(name), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** How a matrix is found in a space: its name ignoring case (and surrounding/repeated spaces). */
    public static String matrixKey(String spaceKey, String matrixName) {
        return spaceKey + ":" + clean(matrixName).toLowerCase(Locale.ROOT);
    }
}
