package org.socialplaybook.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person whose account is being erased: their user key (which stays, resolving to "Unknown user") and the names
 * that identify them in free text (display name, username, and each part of the display name of three letters or
 * more). {@link #redact} replaces those names, as whole words and ignoring case, with {@link #REMOVED}.
 */
public record ErasedPerson(String userKey, List<String> names) {
    /** What replaces a name or an erased text: language-neutral, shows that something was removed. */
    public static final String REMOVED = "[\u2026]";
    private static final int SHORTEST_PART = 3;

    public ErasedPerson {
        names = List.copyOf(names);
    }

    /** The names to look for, from the account as it was before the erasure. */
    public static ErasedPerson of(String userKey, String username, String fullName) {
        Set<String> names = new LinkedHashSet<>();
        for (String name : new String[] {fullName, username}) {
            if (name != null && !name.isBlank()) {
                names.add(name.trim());
            }
        }
        if (fullName != null) {
            for (String part : fullName.trim().split("[\\s\\u00a0]+")) {
                if (part.codePointCount(0, part.length()) >= SHORTEST_PART) {
                    names.add(part);
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new ErasedPerson(userKey, longestFirst);
    }

    /** The text with every whole-word occurrence of the person's names replaced; null stays null. */
    public String redact(String text) {
        if (text == null || names.isEmpty()) {
            return text;
        }
        String result = text;
        for (String name : names) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            result = word.matcher(result).replaceAll(Matcher.quoteReplacement(REMOVED));
        }
        return result;
    }

    /** What a text by or about the person becomes: {@link #REMOVED} (an empty or absent text stays as it was). */
    public static String erased(String text) {
        return text == null || text.isEmpty() ? text : REMOVED;
    }

    /** Does the text name the person? */
    public boolean named(String text) {
        return text != null && !redact(text).equals(text);
    }

    @Override
    public String toString() {
        return "ErasedPerson[" + userKey + ", " + names.size() + " names]";
    }
}
