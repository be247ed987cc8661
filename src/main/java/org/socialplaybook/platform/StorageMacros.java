package org.socialplaybook.platform;

import java.util.ArrayList;
import java.util.List;
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
        return setOrAddParameter(storage, macro, parameter, null, matches, newValue);
    }

    /**
     * As {@link #setParameter}, and a {@code macro} without the {@code parameter} counts as having
     * {@code absentValue} (the macro's default; null: such macros are left alone): when that passes {@code matches}
     * the parameter is added with {@code newValue}.
     */
    public static String setOrAddParameter(String storage, String macro, String parameter, String absentValue,
                                           Predicate<String> matches, String newValue) {
        Matcher m = macros(macro).matcher(storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher p = parameter(parameter).matcher(m.group(2));
            StringBuilder inner = new StringBuilder();
            boolean present = false;
            while (p.find()) {
                present = true;
                String replacement = matches.test(unescape(p.group(2)))
                        ? p.group(1) + escape(newValue) + p.group(3) : p.group();
                p.appendReplacement(inner, Matcher.quoteReplacement(replacement));
            }
            p.appendTail(inner);
            String added = !present && absentValue != null && matches.test(absentValue)
                    ? "<ac:parameter ac:name=\"" + escape(parameter) + "\">" + escape(newValue) + "</ac:parameter>" : "";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + added + inner + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The value (XML-unescaped) of {@code parameter} in each {@code macro} of the storage, in order; null where absent. */
    public static List<String> parameterValues(String storage, String macro, String parameter) {
        List<String> values = new ArrayList<>();
        Matcher m = macros(macro).matcher(storage);
        while (m.find()) {
            Matcher p = parameter(parameter).matcher(m.group(2));
            values.add(p.find() ? unescape(p.group(2)) : null);
        }
        return values;
    }

    private static Pattern macros(String macro) {
        return Pattern.compile("(<ac:structured-macro\\b[^>]*\\bac:name=\"" + Pattern.quote(macro)
                + "\"[^>]*>)(.*?)(</ac:structured-macro>)", Pattern.DOTALL);
    }

    private static Pattern parameter(String parameter) {
        return Pattern.compile("(<ac:parameter\\s+ac:name=\"" + Pattern.quote(parameter)
                + "\"\\s*>)(.*?)(</ac:parameter>)", Pattern.DOTALL);
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
