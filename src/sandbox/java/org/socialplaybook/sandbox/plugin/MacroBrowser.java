package org.socialplaybook.sandbox.plugin;

import com.atlassian.confluence.macro.Macro;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * What Confluence's macro browser shows for the plugin's macros, read from the same metadata: each
 * {@code <xhtml-macro>} of the descriptor with its {@code <parameters>} (name, type, required, multiple, default, the
 * values of an enum), the body type the real {@code Macro} declares, and the i18n keys Confluence looks its texts up
 * by ({@code <plugin key>.<macro>.label}, the {@code <description key>}, {@code …param.<name>.label|desc}). The
 * sandbox's editor lists them ("Insert macro") and inserts the storage-format {@link #snippet snippet}.
 */
public final class MacroBrowser {
    public record Parameter(String name, String type, boolean required, boolean multiple, String defaultValue,
                            List<String> values, String labelKey, String descriptionKey) {
        /** The value an unset parameter has: its default; an unset boolean is false. */
        public String effectiveDefault() {
            return defaultValue.isEmpty() && "boolean".equals(type) ? "false" : defaultValue;
        }
    }

    public record Entry(String name, String labelKey, String descriptionKey, List<String> categories,
                        Macro.BodyType bodyType, List<Parameter> parameters) {
        /** The body element the macro's body type calls for, indented as in {@link #snippet}; empty for none. */
        public String bodyMarkup() {
            return switch (bodyType) {
                // empty, not Confluence's editor's <p></p>: a body with markup but no text is not "no body" to a macro
                case RICH_TEXT -> "  <ac:rich-text-body></ac:rich-text-body>";
                case PLAIN_TEXT -> "  <ac:plain-text-body><![CDATA[]]></ac:plain-text-body>";
                case NONE -> "";
            };
        }

        /** The snippet with every parameter left at its default (required ones empty, to fill in). */
        public String snippet() {
            return MacroBrowser.snippet(this, Map.of());
        }
    }

    private MacroBrowser() {
    }

    /** The descriptor's macros in its order; the body type comes from the macro itself, as in Confluence. */
    public static List<Entry> entries(PluginDescriptor descriptor, Function<String, Optional<Macro>> macros) {
        String pluginKey = descriptor.pluginKey();
        List<Entry> entries = new ArrayList<>();
        for (Element m : PluginDescriptor.children(descriptor.document().getDocumentElement(), "xhtml-macro")) {
            String name = m.getAttribute("name");
            String prefix = pluginKey + "." + name;
            Element description = first(m, "description");
            List<String> categories = new ArrayList<>();
            for (Element c : PluginDescriptor.children(m, "category")) {
                categories.add(c.getAttribute("name"));
            }
            List<Parameter> parameters = new ArrayList<>();
            Element declared = first(m, "parameters");
            for (Element p : declared == null ? List.<Element>of() : PluginDescriptor.children(declared, "parameter")) {
                List<String> values = new ArrayList<>();
                for (Element v : PluginDescriptor.children(p, "value")) {
                    values.add(v.getAttribute("name"));
                }
                String param = p.getAttribute("name");
                parameters.add(new Parameter(param, p.getAttribute("type"), "true".equals(p.getAttribute("required")),
                        "true".equals(p.getAttribute("multiple")), p.getAttribute("default"), List.copyOf(values),
                        prefix + ".param." + param + ".label", prefix + ".param." + param + ".desc"));
            }
            Macro.BodyType bodyType = macros.apply(name).map(Macro::getBodyType).orElse(Macro.BodyType.NONE);
            entries.add(new Entry(name, prefix + ".label",
                    description == null || description.getAttribute("key").isEmpty() ? prefix + ".desc"
                            : description.getAttribute("key"),
                    List.copyOf(categories), bodyType, List.copyOf(parameters)));
        }
        return entries;
    }

    /**
     * The storage-format element for the macro with these parameter values: a required parameter always (empty when
     * not given), any other only when given and different from its default, the way the macro browser writes it.
     * The editor's script ({@code sandbox-static/macro-browser.js}) builds the same text from its form.
     */
    public static String snippet(Entry entry, Map<String, String> values) {
        StringBuilder out = new StringBuilder("<ac:structured-macro ac:name=\"").append(xml(entry.name()))
                .append("\" ac:schema-version=\"1\">\n");
        for (Parameter p : entry.parameters()) {
            String value = values.getOrDefault(p.name(), "").trim();
            if (p.required() || (!value.isEmpty() && !value.equals(p.effectiveDefault()))) {
                out.append("  <ac:parameter ac:name=\"").append(xml(p.name())).append("\">").append(xml(value))
                        .append("</ac:parameter>\n");
            }
        }
        if (!entry.bodyMarkup().isEmpty()) {
            out.append(entry.bodyMarkup()).append('\n');
        }
        return out.append("</ac:structured-macro>").toString();
    }

    private static String xml(String s) {
        return org.socialplaybook.sandbox.confluence.VelocityTemplates.escapeHtml(s); // XML-safe as well
    }

    private static Element first(Element parent, String name) {
        List<Element> found = PluginDescriptor.children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }
}
