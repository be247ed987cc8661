package org.socialplaybook.sandbox.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialplaybook.sandbox.confluence.RequestContext;
import org.socialplaybook.sandbox.confluence.SandboxI18n;
import org.socialplaybook.sandbox.plugin.PluginDescriptor;

/**
 * Confluence's web-resource system for this plugin: serves {@code /download/resources/<plugin>:<module>/<name>}
 * (and plugin-level {@code /download/resources/<plugin>/<name>}) from the classpath, applies the {@code jsI18n}
 * transformer to JavaScript (each {@code AJS.I18n.getText("key"} becomes the translated pattern in the
 * request's language), and writes the tags for the modules a page required, dependencies first.
 */
public final class WebResources extends HttpServlet {
    private static final Pattern I18N_CALL = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*([\"'])([^\"']+)\\1");
    private static final Map<String, String> TYPES = Map.of("js", "application/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "png", "image/png", "svg", "image/svg+xml", "json", "application/json");

    private final PluginDescriptor descriptor;
    private final SandboxI18n i18n;
    private final RequestContext request;
    private final String contextPath;

    public WebResources(PluginDescriptor descriptor, SandboxI18n i18n, RequestContext request, String contextPath) {
        this.descriptor = descriptor;
        this.i18n = i18n;
        this.request = request;
        this.contextPath = contextPath;
    }

    /** The {@code <link>} and {@code <script>} tags for what the page required. */
    public String tags(Set<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            addWithDependencies(key, ordered);
        }
        StringBuilder css = new StringBuilder();
        StringBuilder js = new StringBuilder();
        for (String completeKey : ordered) {
            String module = completeKey.substring(completeKey.indexOf(':') + 1);
            descriptor.webResource(module).ifPresent(w -> w.resources().forEach(r -> {
                String url = contextPath + "/download/resources/" + completeKey + "/" + r.name();
                if (r.name().endsWith(".css")) {
                    css.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">\n");
                } else if (r.name().endsWith(".js")) {
                    js.append("<script src=\"").append(url).append("\"></script>\n");
                }
            }));
        }
        return css.append(js).toString();
    }

    private void addWithDependencies(String completeKey, Set<String> ordered) {
        if (completeKey.startsWith("context:")) {
            String context = completeKey.substring("context:".length());
            descriptor.webResources().stream().filter(w -> w.contexts().contains(context))
                    .forEach(w -> addWithDependencies(descriptor.pluginKey() + ":" + w.key(), ordered));
            return;
        }
        if (!completeKey.startsWith(descriptor.pluginKey() + ":") || ordered.contains(completeKey)) {
            return; // product resources (AUI, jQuery) are already on every sandbox page
        }
        String module = completeKey.substring(completeKey.indexOf(':') + 1);
        descriptor.webResource(module).ifPresent(w -> {
            for (String dependency : w.dependencies()) {
                addWithDependencies(dependency, ordered);
            }
        });
        ordered.add(completeKey);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        if (slash < 0) {
            resp.sendError(404);
            return;
        }
        String owner = path.substring(0, slash);
        String name = path.substring(slash + 1);
        Optional<String> location = locate(owner, name);
        if (location.isEmpty() || name.contains("..")) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream(location.get())) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            resp.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            resp.setHeader("Cache-Control", "no-cache");
            byte[] bytes = in.readAllBytes();
            if (extension.equals("js") && jsI18n(owner)) {
                bytes = translate(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            resp.getOutputStream().write(bytes);
        }
    }

    private Optional<String> locate(String owner, String name) {
        if (owner.equals(descriptor.pluginKey())) {
            for (PluginDescriptor.Resource r : descriptor.pluginResources()) {
                if (r.name().endsWith("/") && name.startsWith(r.name())) {
                    return Optional.of(r.location() + name.substring(r.name().length()));
                }
            }
            return Optional.empty();
        }
        if (!owner.startsWith(descriptor.pluginKey() + ":")) {
            return Optional.empty();
        }
        return descriptor.webResource(owner.substring(owner.indexOf(':') + 1))
                .flatMap(w -> w.resources().stream().filter(r -> r.name().equals(name)).findFirst())
                .map(PluginDescriptor.Resource::location);
    }

    private boolean jsI18n(String owner) {
        return owner.contains(":") && descriptor.webResource(owner.substring(owner.indexOf(':') + 1))
                .map(PluginDescriptor.WebResource::jsI18n).orElse(false);
    }

    /** The jsI18n transformer: {@code AJS.I18n.getText("k", a)} becomes {@code AJS.format("pattern", a)}. */
    String translate(String js) {
        Matcher m = I18N_CALL.matcher(js);
        StringBuilder out = new StringBuilder();
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            String pattern = i18n.raw(request.locale(), m.group(2));
            if (pattern == null) {
                missing.add(m.group(2));
                pattern = m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("AJS.format(" + jsString(pattern)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String jsString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
