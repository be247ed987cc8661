package org.socialplaybook.sandbox.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The packaged {@code atlassian-plugin.xml}, read the way the plugin system reads it: the macros it declares, its
 * web-resource modules and their downloadable resources, the REST module, the AO namespace and i18n bundle.
 */
public final class PluginDescriptor {
    public record Macro(String name, String key, String className, String icon, String bodyType) {
    }

    public record Resource(String name, String location) {
    }

    public record WebResource(String key, List<Resource> resources, List<String> dependencies,
                              List<String> contexts, boolean jsI18n) {
    }

    /** A {@code <servlet>} module: Confluence serves it at {@code /plugins/servlet} + each URL pattern. */
    public record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /** A {@code <web-item>}: its section, the i18n key of its label, its link (relative to the context path) and id. */
    public record WebItem(String key, String section, String labelKey, String link, String linkId) {
    }

    private final String pluginKey;
    private final String i18nLocation;
    private final String aoNamespace;
    private final List<String> aoEntities = new ArrayList<>();
    private final String restPath;
    private final String restVersion;
    private final List<String> restPackages = new ArrayList<>();
    private final Map<String, Macro> macros = new LinkedHashMap<>();
    private final Map<String, WebResource> webResources = new LinkedHashMap<>();
    private final List<Resource> pluginResources = new ArrayList<>();
    private final List<String> velocityAllowlist = new ArrayList<>();
    private final List<Servlet> servlets = new ArrayList<>();
    private final List<WebItem> webItems = new ArrayList<>();
    private final Document document;

    private PluginDescriptor(Document doc) {
        this.document = doc;
        Element root = doc.getDocumentElement();
        this.pluginKey = root.getAttribute("key");
        String i18n = null;
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18n = resource.getAttribute("location");
            } else if ("download".equals(resource.getAttribute("type"))) {
                pluginResources.add(new Resource(resource.getAttribute("name"), resource.getAttribute("location")));
            }
        }
        this.i18nLocation = i18n;
        Element ao = first(root, "ao");
        this.aoNamespace = ao == null ? null : ao.getAttribute("namespace");
        if (ao != null) {
            for (Element entity : children(ao, "entity")) {
                aoEntities.add(entity.getTextContent().trim());
            }
        }
        Element rest = first(root, "rest");
        this.restPath = rest == null ? null : rest.getAttribute("path");
        this.restVersion = rest == null ? null : rest.getAttribute("version");
        if (rest != null) {
            for (Element p : children(rest, "package")) {
                restPackages.add(p.getTextContent().trim());
            }
        }
        for (Element allowlist : children(root, "velocity-allowlist")) {
            for (Element method : children(allowlist, "method")) {
                velocityAllowlist.add(method.getTextContent().trim());
            }
        }
        for (Element m : children(root, "xhtml-macro")) {
            macros.put(m.getAttribute("name"), new Macro(m.getAttribute("name"), m.getAttribute("key"),
                    m.getAttribute("class"), m.getAttribute("icon"), m.getAttribute("body-type")));
        }
        for (Element sv : children(root, "servlet")) {
            List<String> patterns = new ArrayList<>();
            for (Element u : children(sv, "url-pattern")) {
                patterns.add(u.getTextContent().trim());
            }
            servlets.add(new Servlet(sv.getAttribute("key"), sv.getAttribute("class"), patterns));
        }
        for (Element wi : children(root, "web-item")) {
            Element label = first(wi, "label");
            Element link = first(wi, "link");
            webItems.add(new WebItem(wi.getAttribute("key"), wi.getAttribute("section"),
                    label == null ? null : label.getAttribute("key"), link == null ? null : link.getTextContent().trim(),
                    link == null ? null : link.getAttribute("linkId")));
        }
        for (Element w : children(root, "web-resource")) {
            List<Resource> resources = new ArrayList<>();
            for (Element r : children(w, "resource")) {
                resources.add(new Resource(r.getAttribute("name"), r.getAttribute("location")));
            }
            List<String> dependencies = new ArrayList<>();
            for (Element d : children(w, "dependency")) {
                dependencies.add(d.getTextContent().trim());
            }
            List<String> contexts = new ArrayList<>();
            for (Element c : children(w, "context")) {
                contexts.add(c.getTextContent().trim());
            }
            boolean jsI18n = false;
            for (Element t : children(w, "transformation")) {
                for (Element tr : children(t, "transformer")) {
                    jsI18n |= "jsI18n".equals(tr.getAttribute("key"));
                }
            }
            webResources.put(w.getAttribute("key"), new WebResource(w.getAttribute("key"), resources, dependencies,
                    contexts, jsI18n));
        }
    }

    /** The descriptor as packaged (Maven filters it into the classes directory / jar root). */
    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("atlassian-plugin.xml cannot be read", e);
        }
    }

    public Document document() {
        return document;
    }

    public String pluginKey() {
        return pluginKey;
    }

    public String i18nLocation() {
        return i18nLocation;
    }

    public String aoNamespace() {
        return aoNamespace;
    }

    public List<String> aoEntities() {
        return List.copyOf(aoEntities);
    }

    public String restPath() {
        return restPath;
    }

    public String restVersion() {
        return restVersion;
    }

    public List<String> restPackages() {
        return List.copyOf(restPackages);
    }

    /** Every {@code <method>} of the {@code <velocity-allowlist>} modules: {@code pkg.Class#name(param.Type,...)}. */
    public List<String> velocityAllowlist() {
        return List.copyOf(velocityAllowlist);
    }

    public List<Servlet> servlets() {
        return List.copyOf(servlets);
    }

    /** The web items of one section (e.g. {@code system.user/user-content}, the user menu), in the file's order. */
    public List<WebItem> webItems(String section) {
        return webItems.stream().filter(w -> section.equals(w.section())).toList();
    }

    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    public List<Macro> macros() {
        return List.copyOf(macros.values());
    }

    public Optional<WebResource> webResource(String key) {
        return Optional.ofNullable(webResources.get(key));
    }

    public List<WebResource> webResources() {
        return List.copyOf(webResources.values());
    }

    public List<Resource> pluginResources() {
        return List.copyOf(pluginResources);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }
}
