package org.socialplaybook.platform;

import java.util.function.Predicate;

/** The name a copied page's own data takes, plain Java: the same name where it is free, else "name (copy)", "name (copy 2)"… */
public final class CopyNames {
    private CopyNames() {
    }

    /** {@code taken} answers for a candidate name; the result is never longer than {@code maxLength}. */
    public static String copyName(String name, Predicate<String> taken, String copyWord, int maxLength) {
        if (!taken.test(name)) {
            return name;
        }
        for (int n = 1; ; n++) {
            String suffix = " (" + copyWord + (n == 1 ? "" : " " + n) + ")";
            String base = name.length() + suffix.length() > maxLength
                    ? name.substring(0, maxLength - suffix.length()).trim() : name;
            if (!taken.test(base + suffix)) {
                return base + suffix;
            }
        }
    }
}
