package org.socialplaybook.roles;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for a copied page's role matrices, plain Java: which name the copy's own matrix takes, and the copied
 * page's storage format with its role-matrix macros pointing at that name.
 */
public final class MatrixCopies {
    private static final Pattern MACRO = Pattern.compile(
            "(<ac:structured-macro\\b[^>]*\\bac:name=\"role-matrix\"[^>]*>)(.*?)(</ac:structured-macro>)", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile(
            "(<ac:parameter\\s+ac:name=\"name\"\\s*>)(.*?)(</ac:parameter>)", Pattern.DOTALL);

    private MatrixCopies() {
    }

    /**
     * The original name when the target space has no matrix of that name (a copy to another space), otherwise
     * "name (copy)", "name (copy 2)"… the first free one, never longer than {@link Names#MAX_NAME}.
     */
    public static String copyName(String name, Set<String> takenKeys, String copyWord) {
        if (!takenKeys.contains(Names.key(name))) {
            return name;
        }
        for (int n = 1; ; n++) {
            String suffix = " (" + copyWord + (n == 1 ? "" : " " + n) + ")";
            String base = name.length() + suffix.length() > Names.MAX_NAME
                    ? name.substring(0, Names.MAX_NAME - suffix.length()).trim() : name;
            String candidate = base + suffix;
            if (!takenKeys.contains(Names.key(candidate))) {
                return candidate;
            }
        }
    }

    /** The storage with every role-matrix macro named {@code oldName} (ignoring case and spacing) named {@code newName}. */
    public static String rename(String storage, String oldName, String newName) {
        Matcher macro = MACRO.matcher(storage);
        StringBuilder out = new StringBuilder();
        while (macro.find()) {
            Matcher name = NAME.matcher(macro.group(2));
            StringBuilder inner = new StringBuilder();
            while (name.find()) {
                String value = unescape(name.group(2));
                String replacement = Names.key(value).equals(Names.key(oldName))
                        ? name.group(1) + escape(newName) + name.group(3) : name.group();
                name.appendReplacement(inner, Matcher.quoteReplacement(replacement));
            }
            name.appendTail(inner);
            macro.appendReplacement(out, Matcher.quoteReplacement(macro.group(1) + inner + macro.group(3)));
        }
        macro.appendTail(out);
        return out.toString();
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
