package org.socialplaybook.platform;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits of Confluence storage format that a copied page needs, plain Java: one parameter of one kind of macro given
 * a new value (the copy's macros then name the copy's own data).
 */
public final class StorageMacros {
    private StorageMacros() {
    }

    /**
     * The storage with the {@code parameter} of every {@code macro} whose current value (XML-unescaped) passes
     * {@code matches} set to {@code newValue} (escaped); everything else untouched.
     */
    public static String setParameter(String storage, String macro, String parameter, Predicate<String> matches,
                                      String newValue) {
        Pattern macros = Pattern.compile("(<ac:structured-macro\\b[^>]*\\bac:name=\"" + Pattern.quote(macro)
                + "\"[^>]*>)(.*?)(</ac:structured-macro>)", Pattern.DOTALL);
        Pattern parameters = Pattern.compile("(<ac:parameter\\s+ac:name=\"" + Pattern.quote(parameter)
                + "\"\\s*>)(.*?)(</ac:parameter>)", Pattern.DOTALL);
        Matcher m = macros.matcher(storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher p = parameters.matcher(m.group(2));
            StringBuilder inner = new StringBuilder();
            while (p.find()) {
                String replacement = matches.test(unescape(p.group(2)))
                        ? p.group(1) + escape(newValue) + p.group(3) : p.group();
                p.appendReplacement(inner, Matcher.quoteReplacement(replacement));
            }
            p.appendTail(inner);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + inner + m.group(3)));
        }
        m.appendTail(out);
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
