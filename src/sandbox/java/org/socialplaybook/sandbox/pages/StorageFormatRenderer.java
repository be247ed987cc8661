package org.socialplaybook.sandbox.pages;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialplaybook.sandbox.confluence.VelocityTemplates;

/**
 * Turns a page's Confluence storage format into view HTML, as Confluence's renderer does for the parts this
 * plugin meets: each {@code <ac:structured-macro ac:name="…">} is handed to the registered {@link Macro} with its
 * {@code ac:parameter}s and its body ({@code ac:rich-text-body} rendered first, nested macros included, or
 * {@code ac:plain-text-body} as text); {@code ri:user} and {@code ac:link}/{@code ri:page} become names and
 * links. The page's own markup is sanitised as Confluence's storage-format renderer does for an editor's body:
 * only allowlisted elements and attributes pass ({@link #pageMarkupPolicy}, jsoup's relaxed {@link Safelist} plus the
 * classes, styles and elements Confluence's editor writes); script-like elements go with their content, other
 * unknown elements leave their text; event handlers ({@code onerror} …) and URLs other than http(s), mailto and
 * relative ones are dropped. A macro's output is the plugin's, spliced in after, and is not touched.
 * An unknown macro or a failing one becomes a visible error box.
 */
public final class StorageFormatRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatRenderer.class);
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "input", "meta", "link", "area", "wbr");
    /** Elements dropped with everything inside them: their content is code or a foreign document, never text. */
    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed",
            "applet", "noscript", "template", "svg", "math", "base", "meta", "link");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "longdesc", "action", "background");
    private static final Set<String> URL_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern URL_NOISE = Pattern.compile("[\\p{Cntrl}\\s]");
    private static final Pattern URL_AFTER_PATH = Pattern.compile("[/?#].*");
    private static final Pattern STYLE_NOISE = Pattern.compile("[\\p{Cntrl}\\s\\\\]");

    public interface Users {
        /** Display name for a user key, or null. */
        String displayName(String userKey);
    }

    public interface Links {
        /** The view path of a page in the space, by title, or null. */
        String pagePath(String title);

        /**
         * The view paths of the pages a body links to, by title (a title no page has is left out). Confluence resolves
         * each link on its own from its page cache; a host without one answers a whole body's links at once.
         */
        default Map<String, String> pagePaths(Set<String> titles) {
            Map<String, String> paths = new HashMap<>();
            for (String title : titles) {
                String path = pagePath(title);
                if (path != null) {
                    paths.put(title, path);
                }
            }
            return paths;
        }
    }

    private final Function<String, Optional<Macro>> macros;
    private final Users users;
    private final Links links;
    /** What an editor's markup may keep (an instance, not a static: jsoup's {@link Safelist} is mutable). */
    private final Safelist pageMarkup = pageMarkupPolicy();

    public StorageFormatRenderer(Function<String, Optional<Macro>> macros, Users users, Links links) {
        this.macros = macros;
        this.users = users;
        this.links = links;
    }

    public String render(String storage, ConversionContext context) {
        return render(storage, context, links);
    }

    /** {@link #render(String, ConversionContext)} with the links of this body found by {@code links}. */
    public String render(String storage, ConversionContext context, Links links) {
        Document doc = Jsoup.parse(storage, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false);
        Set<String> titles = new HashSet<>();
        for (Element link : doc.getElementsByTag("ac:link")) {
            if (first(link, "ri:user") == null) {
                titles.add(linkedTitle(link));
            }
        }
        Rendering rendering = new Rendering(context, titles.isEmpty() ? Map.of() : links.pagePaths(titles));
        StringBuilder out = new StringBuilder(storage.length() * 2);
        for (Node node : doc.childNodes()) {
            rendering.write(node, out);
        }
        return out.toString();
    }

    /** The first element named one of {@code tags} in document order among {@code root} and its descendants, or null. */
    private static Element first(Element root, String... tags) {
        for (String tag : tags) {
            if (root.tagName().equals(tag)) {
                return root;
            }
        }
        for (Element child : root.children()) {
            Element found = first(child, tags);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String linkedTitle(Element link) {
        Element page = first(link, "ri:page");
        return page == null ? "" : page.attr("ri:content-title");
    }

    /** One body being rendered: its context and the paths of the pages it links to. */
    private final class Rendering {
        private final ConversionContext context;
        private final Map<String, String> paths;

        Rendering(ConversionContext context, Map<String, String> paths) {
            this.context = context;
            this.paths = paths;
        }

        void write(Node node, StringBuilder out) {
            if (node instanceof CDataNode cdata) {
                out.append(VelocityTemplates.escapeHtml(cdata.text()));
            } else if (node instanceof TextNode text) {
                out.append(VelocityTemplates.escapeHtml(text.getWholeText()));
            } else if (node instanceof DataNode data) {
                out.append(VelocityTemplates.escapeHtml(data.getWholeData()));
            } else if (node instanceof Element element) {
                writeElement(element, out);
            }
        }

        private void writeElement(Element element, StringBuilder out) {
            switch (element.tagName()) {
                case "ac:structured-macro" -> out.append(renderMacro(element));
                case "ac:link" -> writeLink(element, out);
                case "ri:user" -> writeUser(element.attr("ri:userkey"), out);
                case "ac:emoticon", "ac:placeholder" -> { }
                default -> {
                    String tag = element.tagName().toLowerCase(java.util.Locale.ROOT);
                    if (DROPPED.contains(tag)) {
                        return;
                    }
                    if (element.tagName().contains(":") || !pageMarkup.isSafeTag(tag)) {
                        for (Node child : element.childNodes()) {
                            write(child, out);
                        }
                        return;
                    }
                    out.append('<').append(element.tagName());
                    for (Attribute a : element.attributes()) {
                        if (allowed(tag, element, a)) {
                            out.append(' ').append(a.getKey()).append("=\"")
                                    .append(VelocityTemplates.escapeHtml(a.getValue())).append('"');
                        }
                    }
                    out.append('>');
                    if (VOID.contains(element.tagName())) {
                        return;
                    }
                    for (Node child : element.childNodes()) {
                        write(child, out);
                    }
                    out.append("</").append(element.tagName()).append('>');
                }
            }
        }

        private void writeLink(Element link, StringBuilder out) {
            Element user = first(link, "ri:user");
            if (user != null) {
                writeUser(user.attr("ri:userkey"), out);
                return;
            }
            String title = linkedTitle(link);
            Element body = first(link, "ac:plain-text-link-body", "ac:link-body");
            String text = body != null && !body.text().isBlank() ? body.text() : title;
            String path = paths.get(title);
            if (path == null) {
                out.append("<span class=\"unresolved\">").append(VelocityTemplates.escapeHtml(text)).append("</span>");
            } else {
                out.append("<a href=\"").append(VelocityTemplates.escapeHtml(path)).append("\">")
                        .append(VelocityTemplates.escapeHtml(text)).append("</a>");
            }
        }

        private String renderMacro(Element element) {
            String name = element.attr("ac:name");
            Optional<Macro> macro = macros.apply(name);
            if (macro.isEmpty()) {
                return errorBox("Unknown macro: " + name);
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            String body = "";
            for (Element child : element.children()) {
                switch (child.tagName()) {
                    case "ac:parameter" -> parameters.put(child.attr("ac:name"), parameterValue(child));
                    case "ac:rich-text-body" -> {
                        StringBuilder rendered = new StringBuilder();
                        for (Node n : child.childNodes()) {
                            write(n, rendered);
                        }
                        body = rendered.toString();
                    }
                    case "ac:plain-text-body" -> body = child.wholeText();
                    default -> { }
                }
            }
            try {
                String html = macro.get().execute(parameters, body, context);
                String tag = macro.get().getOutputType() == Macro.OutputType.INLINE ? "span" : "div";
                return "<" + tag + " class=\"conf-macro output-" + tag.replace("div", "block").replace("span", "inline")
                        + "\" data-macro-name=\"" + VelocityTemplates.escapeHtml(name) + "\">" + html + "</" + tag + ">";
            } catch (MacroExecutionException e) {
                return errorBox("Error rendering macro '" + name + "': " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Macro {} failed", name, e);
                return errorBox("Error rendering macro '" + name + "': " + e);
            }
        }
    }

    private boolean allowed(String tag, Element element, Attribute attribute) {
        String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        if (!pageMarkup.isSafeAttribute(tag, element, new Attribute(name, attribute.getValue()))) {
            return false;
        }
        if (URL_ATTRIBUTES.contains(name)) {
            return safeUrl(attribute.getValue());
        }
        return !"style".equals(name) || safeStyle(attribute.getValue());
    }

    /** Relative, or http(s)/mailto; control characters and whitespace cannot hide a {@code javascript:} scheme. */
    static boolean safeUrl(String url) {
        String compact = URL_NOISE.matcher(url).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        int colon = compact.indexOf(':');
        int end = URL_AFTER_PATH.matcher(compact).replaceAll("").length();
        if (colon < 0 || colon >= end) {
            return true;
        }
        return URL_SCHEMES.contains(compact.substring(0, colon));
    }

    /** Inline styles as Confluence's editor writes them (colours, alignment, widths); nothing that loads or runs. */
    static boolean safeStyle(String style) {
        String compact = STYLE_NOISE.matcher(style).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return !(compact.contains("url(") || compact.contains("expression(") || compact.contains("javascript:")
                || compact.contains("@import") || compact.contains("behavior:") || compact.contains("-moz-binding"));
    }

    /**
     * The markup a page body keeps: jsoup's relaxed set (text formatting, headings, lists, tables, links, images)
     * with what Confluence's editor adds (classes and inline styles, {@code del}/{@code ins}/{@code s}, {@code hr},
     * {@code time}, table widths, link targets); URL checks are {@link #safeUrl}'s, so relative links stay.
     */
    private static Safelist pageMarkupPolicy() {
        return Safelist.relaxed()
                .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
                .removeProtocols("blockquote", "cite", "http", "https")
                .removeProtocols("cite", "cite", "http", "https")
                .removeProtocols("img", "src", "http", "https")
                .removeProtocols("q", "cite", "http", "https")
                .addTags("hr", "s", "del", "ins", "time", "abbr", "mark", "kbd", "samp", "var", "figure", "figcaption")
                .addAttributes(":all", "class", "style", "title", "dir", "lang")
                .addAttributes("a", "target", "rel")
                .addAttributes("time", "datetime")
                .addAttributes("table", "width", "border")
                .addAttributes("td", "align", "valign", "width")
                .addAttributes("th", "align", "valign", "width", "scope")
                .addAttributes("ins", "datetime", "cite")
                .addAttributes("del", "datetime", "cite");
    }

    private void writeUser(String userKey, StringBuilder out) {
        String name = users.displayName(userKey);
        out.append("<a class=\"confluence-userlink user-mention\" data-user-key=\"")
                .append(VelocityTemplates.escapeHtml(userKey)).append("\">")
                .append(VelocityTemplates.escapeHtml(name == null ? userKey : name)).append("</a>");
    }

    private static String parameterValue(Element parameter) {
        List<String> keys = new ArrayList<>();
        for (Element user : parameter.getElementsByTag("ri:user")) {
            keys.add(user.attr("ri:userkey"));
        }
        if (!keys.isEmpty()) {
            return String.join(",", keys);
        }
        Element page = first(parameter, "ri:page");
        if (page != null) {
            return page.attr("ri:content-title");
        }
        return parameter.wholeText().trim();
    }

    private static String errorBox(String message) {
        return "<div class=\"aui-message aui-message-error conf-macro-error\" role=\"alert\"><p>"
                + VelocityTemplates.escapeHtml(message) + "</p></div>";
    }

    /**
     * The ConversionContext Confluence hands a macro while rendering a page for display: one per render (each page
     * view makes a new one), so its properties are shared by the macros of that render only, as Confluence's
     * {@code DefaultConversionContext} shares them (not thread-safe, like Confluence's: a render runs on one thread).
     */
    public static final class Context implements ConversionContext {
        private final ContentEntityObject entity;
        private final String spaceKey;
        private final String outputType;
        private final Map<String, Object> properties = new HashMap<>();

        public Context(ContentEntityObject entity, String spaceKey, String outputType) {
            this.entity = entity;
            this.spaceKey = spaceKey;
            this.outputType = outputType;
        }

        public ContentEntityObject entity() {
            return entity;
        }

        public String spaceKey() {
            return spaceKey;
        }

        public String outputType() {
            return outputType;
        }

        @Override
        public ContentEntityObject getEntity() {
            return entity;
        }

        @Override
        public String getSpaceKey() {
            return spaceKey;
        }

        @Override
        public String getOutputType() {
            return outputType;
        }

        @Override
        public Object getProperty(String name) {
            return properties.get(name);
        }

        @Override
        public void setProperty(String name, Object value) {
            properties.put(name, value);
        }

        @Override
        public Object removeProperty(String name) {
            return properties.remove(name);
        }

        @Override
        public String toString() {
            return "Context[entity=" + entity + ", spaceKey=" + spaceKey + ", outputType=" + outputType
                    + ", properties=" + properties.keySet() + "]";
        }
    }
}
