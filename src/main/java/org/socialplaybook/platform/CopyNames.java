package org.socialplaybook.platform;

import java.util.function.IntFunction;
import java.util.function.Predicate;

/** The name a copied page's own data takes, plain Java: the same name where it is free, else "name (copy)", "name (copy 2)"… (or another suffix). */
public final class CopyNames {
    private CopyNames() {
    }

    /** {@code taken} answers for a candidate name; the result is never longer than {@code maxLength}. */
    public static String copyName(String name, Predicate<String> taken, String copyWord, int maxLength) {
        return firstFree(name, taken, n -> " (" + copyWord + (n == 1 ? "" : " " + n) + ")", maxLength);
    }

    /**
     * {@code name} where it is free, else {@code name} with the first free {@code suffix.apply(1)},
     * {@code suffix.apply(2)}…, the name cut so the whole stays within {@code maxLength}. A suffix that starts with a
     * space ("name (copy)") trims the cut name, so no two spaces meet; one that does not ("code-copy") keeps it as cut.
     */
    public static String firstFree(String name, Predicate<String> taken, IntFunction<String> suffix, int maxLength) {
        if (!taken.test(name)) {
            return name;
        }
        for (int n = 1; ; n++) {
            String end = suffix.apply(n);
            String base = name;
            if (name.length() + end.length() > maxLength) {
                base = name.substring(0, maxLength - end.length());
                if (end.startsWith(" ")) {
                    base = base.trim();
                }
            }
            if (!taken.test(base + end)) {
                return base + end;
            }
        }
    }
}
