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

    /**
     * The parameters of every {@code macro} in the storage, in page order, read as Confluence hands them to a macro:
     * text XML-unescaped, a {@code <ri:user>} as its user key (or username), several joined by commas. Only the
     * macro's own parameters (those before its body) are read.
     */
    public static java.util.List<java.util.Map<String, String>> parameters(String storage, String macro) {
        Pattern macros = Pattern.compile("<ac:structured-macro\\b[^>]*\\bac:name=\"" + Pattern.quote(macro)
                + "\"[^>]*>(.*?)(?:<ac:rich-text-body|<ac:plain-text-body|</ac:structured-macro>)", Pattern.DOTALL);
        Pattern parameter = Pattern.compile("<ac:parameter\\s+ac:name=\"([^\"]+)\"\\s*>(.*?)</ac:parameter>", Pattern.DOTALL);
        Pattern user = Pattern.compile("<ri:user\\s+ri:(?:userkey|username)=\"([^\"]*)\"[^>]*/?>");
        java.util.List<java.util.Map<String, String>> found = new java.util.ArrayList<>();
        Matcher m = macros.matcher(storage == null ? "" : storage);
        while (m.find()) {
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
            Matcher p = parameter.matcher(m.group(1));
            while (p.find()) {
                Matcher u = user.matcher(p.group(2));
                java.util.List<String> users = new java.util.ArrayList<>();
                while (u.find()) {
                    users.add(unescape(u.group(1)));
                }
                values.put(p.group(1), users.isEmpty() ? unescape(p.group(2).replaceAll("<[^>]*>", "")) : String.join(",", users));
            }
            found.add(values);
        }
        return found;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
